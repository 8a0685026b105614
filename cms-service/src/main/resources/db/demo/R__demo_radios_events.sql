-- Demo radios with their streams, and demo events of the agenda (local platform only), written as upserts.
-- Every stream is one of the launcher's demo radios (deploy/local/lib/demo-radio.sh: Pitchoun Radio's live HLS, and
-- both radios' MP3 and AAC on Icecast), on the local NGINX that the demo_media_url placeholder names
-- (pitchoun.cms.demo-media-url).
-- Event dates are relative to now, so the demo agenda stays upcoming whenever the platform starts.
INSERT INTO radio (slug, name, description, now_playing, now_playing_updated_at, status, created_at, updated_at)
VALUES
    ('pitchoun-radio', 'Pitchoun Radio',
     'La radio des 4-12 ans : chansons, histoires et jeux, toute la journée.',
     'Henri Dès — Le beau vélo', NOW(6), 'PUBLISHED', NOW(6), NOW(6)),
    ('pitchoun-comptines', 'Pitchoun Comptines',
     'Comptines et berceuses pour les plus petits, sans publicité.',
     'Une souris verte', NOW(6), 'PUBLISHED', NOW(6), NOW(6))
ON DUPLICATE KEY UPDATE
    name        = VALUES(name),
    description = VALUES(description),
    status      = VALUES(status),
    updated_at  = NOW(6);

-- Streams have no natural key: the demo ones are replaced as a whole.
DELETE v FROM radio_version v JOIN radio r ON r.id = v.radio_id
WHERE r.slug IN ('pitchoun-radio', 'pitchoun-comptines');
INSERT INTO radio_version (radio_id, name, stream_url, format, position)
SELECT r.id, v.name, v.url, v.format, v.position
FROM radio r
JOIN (
    SELECT 'pitchoun-radio' AS radio, 'En direct' AS name,
           '${demo_media_url}/radios/pitchoun-radio/live.m3u8' AS url, 'HLS' AS format, 1 AS position
    UNION ALL SELECT 'pitchoun-radio', 'Qualité standard', '${demo_media_url}/radios/icecast/pitchoun-radio.mp3', 'MP3', 2
    UNION ALL SELECT 'pitchoun-radio', 'Haute qualité', '${demo_media_url}/radios/icecast/pitchoun-radio.aac', 'AAC', 3
    UNION ALL SELECT 'pitchoun-comptines', 'Qualité standard',
           '${demo_media_url}/radios/icecast/pitchoun-comptines.mp3', 'MP3', 1
    UNION ALL SELECT 'pitchoun-comptines', 'Haute qualité',
           '${demo_media_url}/radios/icecast/pitchoun-comptines.aac', 'AAC', 2
) v ON v.radio = r.slug;

INSERT INTO event (slug, title, starts_at, ends_at, place, description, booking_url, status, created_at, updated_at)
VALUES
    ('spectacle-mission-ocean', 'Mission Océan, le spectacle',
     TIMESTAMP(DATE(DATE_ADD(UTC_TIMESTAMP(), INTERVAL 10 DAY)), '14:00:00'),
     TIMESTAMP(DATE(DATE_ADD(UTC_TIMESTAMP(), INTERVAL 10 DAY)), '15:30:00'),
     'Théâtre du Rond-Point, Paris', 'Les héros de Mission Océan sur scène, avec chansons et marionnettes géantes.',
     'https://billetterie.pitchoun.test/mission-ocean', 'PUBLISHED', NOW(6), NOW(6)),
    ('atelier-bricolo-carton', 'Atelier Bricolo : tout en carton',
     TIMESTAMP(DATE(DATE_ADD(UTC_TIMESTAMP(), INTERVAL 17 DAY)), '09:30:00'),
     TIMESTAMP(DATE(DATE_ADD(UTC_TIMESTAMP(), INTERVAL 17 DAY)), '11:30:00'),
     'Médiathèque de Lyon', 'Un atelier pour fabriquer un robot en carton, de 5 à 9 ans. Matériel fourni.',
     'https://billetterie.pitchoun.test/atelier-bricolo', 'PUBLISHED', NOW(6), NOW(6)),
    ('rencontre-dragon-timide', 'Rencontre avec Fafnou, le dragon timide',
     TIMESTAMP(DATE(DATE_ADD(UTC_TIMESTAMP(), INTERVAL 24 DAY)), '15:00:00'), NULL,
     'Salon du livre jeunesse, Montreuil', 'Lecture et dédicaces avec l''autrice de la série.',
     NULL, 'PUBLISHED', NOW(6), NOW(6)),
    ('concert-comptines', 'Le grand concert des comptines',
     TIMESTAMP(DATE(DATE_ADD(UTC_TIMESTAMP(), INTERVAL 31 DAY)), '10:00:00'),
     TIMESTAMP(DATE(DATE_ADD(UTC_TIMESTAMP(), INTERVAL 31 DAY)), '11:00:00'),
     'Maison de la Radio, Paris', 'Pitchoun Comptines en public : on chante tous ensemble !',
     'https://billetterie.pitchoun.test/concert-comptines', 'PUBLISHED', NOW(6), NOW(6)),
    ('chasse-aux-enigmes', 'La chasse aux énigmes de Lila',
     TIMESTAMP(DATE(DATE_ADD(UTC_TIMESTAMP(), INTERVAL 45 DAY)), '14:00:00'), NULL,
     'Jardin d''Acclimatation, Paris', 'En préparation : une enquête grandeur nature dans le jardin.',
     NULL, 'DRAFT', NOW(6), NOW(6))
ON DUPLICATE KEY UPDATE
    title       = VALUES(title),
    starts_at   = VALUES(starts_at),
    ends_at     = VALUES(ends_at),
    place       = VALUES(place),
    description = VALUES(description),
    booking_url = VALUES(booking_url),
    status      = VALUES(status),
    updated_at  = NOW(6);
