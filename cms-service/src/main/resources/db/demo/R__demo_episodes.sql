-- Demo episodes of two demo programmes (local platform only), written as upserts like the programmes, each linked to
-- a video of the Kinow stand-in's demo catalogue (deploy/wiremock/kinow: video and extract ids). Early access:
-- « Les abysses » is MyPitchoun+ only until its broadcast a week after this script first ran (DemoAgenda keeps it
-- ahead on a long-lived database); « Le récif de corail » was broadcast a week before, so MyPitchoun plays it too.
INSERT INTO episode (programme_id, number, slug, title, synopsis, duration_minutes, learning_themes, kinow_video_id,
                     kinow_extract_id, video_duration_seconds, kinow_video_title, early_access_at, broadcast_at,
                     status, publish_at, created_at, updated_at)
SELECT p.id, e.number, e.slug, e.title, e.synopsis, e.duration, e.themes, e.video, e.extract, e.seconds, e.title,
       e.early_access, e.broadcast, 'PUBLISHED', NULL, NOW(6), NOW(6)
FROM programme p
JOIN (
    SELECT 'mission-ocean' AS programme, 1 AS number, 'les-abysses' AS slug, 'Les abysses' AS title,
           'Le Nautilette descend plus bas que jamais et découvre des poissons qui brillent dans le noir.' AS synopsis,
           13 AS duration, 'océan, lumière' AS themes, 1101 AS video, 2101 AS extract, 780 AS seconds,
           UTC_TIMESTAMP(6) - INTERVAL 2 DAY AS early_access, UTC_TIMESTAMP(6) + INTERVAL 7 DAY AS broadcast
    UNION ALL SELECT 'mission-ocean', 2, 'le-recif-de-corail', 'Le récif de corail',
           'Pourquoi le corail blanchit-il ? Les trois amis mènent l''enquête.', 13, 'océan, climat', 1102, 2102, 780,
           UTC_TIMESTAMP(6) - INTERVAL 14 DAY, UTC_TIMESTAMP(6) - INTERVAL 7 DAY
    UNION ALL SELECT 'mission-ocean', 3, 'la-baleine-qui-chantait', 'La baleine qui chantait',
           'Un chant mystérieux guide l''équipage jusqu''à une baleine à bosse.', 13, 'océan, sons', 1103, NULL, 780,
           NULL, NULL
    UNION ALL SELECT 'les-petits-explorateurs', 1, 'la-mare', 'La mare',
           'Zoé et Malik observent les têtards devenir grenouilles.', 11, 'nature, cycle de vie', 1201, 2201, 660,
           NULL, NULL
    UNION ALL SELECT 'les-petits-explorateurs', 2, 'la-foret-en-automne', 'La forêt en automne',
           'Feuilles, glands et champignons : la forêt change de couleurs.', 11, 'nature, saisons', 1202, NULL, 660,
           NULL, NULL
) e ON e.programme = p.slug
ON DUPLICATE KEY UPDATE
    title                  = VALUES(title),
    synopsis               = VALUES(synopsis),
    duration_minutes       = VALUES(duration_minutes),
    learning_themes        = VALUES(learning_themes),
    kinow_video_id         = VALUES(kinow_video_id),
    kinow_extract_id       = VALUES(kinow_extract_id),
    video_duration_seconds = VALUES(video_duration_seconds),
    kinow_video_title      = VALUES(kinow_video_title),
    early_access_at        = VALUES(early_access_at),
    broadcast_at           = VALUES(broadcast_at),
    updated_at             = NOW(6);
