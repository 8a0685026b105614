-- The group's two TV channels, with the demo stream keys the local platform and the tests publish with:
-- SHA-256 of 'demo-pitchoun-tv-key' and of 'demo-pitchoun-junior-key'. These keys are public: replace them before
-- a real control room goes on air.
INSERT INTO channel (slug, display_name, enabled, stream_key_sha256, created_at, updated_at) VALUES
    ('pitchoun-tv', 'Pitchoun TV', TRUE,
     '1295f1e72cb3c0eaaa149dc99ea860471167309ce54049f1623e9ffca057c06e', UTC_TIMESTAMP(6), UTC_TIMESTAMP(6)),
    ('pitchoun-junior', 'Pitchoun Junior', TRUE,
     '25a86cec388b4ea1657970d93ee14395084bed918694d65b39ff10e2003af161', UTC_TIMESTAMP(6), UTC_TIMESTAMP(6));
