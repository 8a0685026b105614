-- Demo pages and news for the local platform only (loaded when pitchoun.cms.demo-content=true).
-- Upserts on the slug, so the script re-runs safely when edited. Bodies are written as RichText stores them: only
-- allowed markup (h2-h4, p, strong, em, lists, links, blockquote, media library images).
INSERT INTO site_page (slug, title, summary, body, status, created_at, updated_at)
VALUES
    ('qui-sommes-nous', 'Qui sommes-nous ?',
     'Pitchoun Médias, le groupe des enfants de 4 à 12 ans : deux chaînes de télévision, des radios, des podcasts et les abonnements MyPitchoun et MyPitchoun+.',
     '<p><strong>Pitchoun Médias</strong> est un groupe de médias familial entièrement consacré aux enfants de 4 à 12 ans et à leurs parents.</p>
<h2>Deux chaînes de télévision</h2>
<ul>
<li><strong>Pitchoun TV</strong>, pour les 6-12 ans : séries d''aventure, documentaires et magazines.</li>
<li><strong>Pitchoun Junior</strong>, pour les 4-7 ans : des histoires douces, sans publicité le matin.</li>
</ul>
<h2>Des radios et des podcasts</h2>
<p>Nos radios diffusent musique, histoires et jeux toute la journée ; nos podcasts se réécoutent quand on veut, à la maison comme en voiture.</p>
<h2>MyPitchoun et MyPitchoun+</h2>
<p>Avec l''abonnement <strong>MyPitchoun</strong>, les familles retrouvent nos programmes ludo-éducatifs et suivent les progrès de leur enfant. <strong>MyPitchoun+</strong> ajoute les épisodes avant leur diffusion, la chaîne en direct 24 h/24 et des podcasts exclusifs.</p>',
     'PUBLISHED', NOW(6), NOW(6)),
    ('mentions-legales', 'Mentions légales',
     'Éditeur du site, hébergement et données personnelles.',
     '<p><em>Texte de démonstration.</em></p>
<h2>Éditeur</h2>
<p>Pitchoun Médias, société par actions simplifiée. Directrice de la publication : la présidente de Pitchoun Médias.</p>
<h2>Hébergement</h2>
<p>Le site est hébergé en France.</p>
<h2>Données personnelles</h2>
<p>Les données des comptes MyPitchoun servent uniquement à fournir le service. Pour exercer vos droits : <a href="mailto:donnees@pitchoun.test">donnees@pitchoun.test</a>.</p>',
     'PUBLISHED', NOW(6), NOW(6)),
    ('podcasts', 'Nos podcasts',
     'Des histoires, des comptines et des enquêtes à écouter quand on veut.',
     '<p>Les podcasts de Pitchoun se réécoutent à la maison comme en voiture, sur le site et dans toutes les applications de podcasts.</p>
<h2>Les histoires du soir</h2>
<p>Une histoire douce à écouter avant de dormir, chaque semaine.</p>
<h2>Pour les abonnés MyPitchoun+</h2>
<p>Des épisodes exclusifs, réservés aux abonnés MyPitchoun+.</p>',
     'PUBLISHED', NOW(6), NOW(6)),
    ('contact', 'Contact',
     'Écrire à l''équipe de Pitchoun Médias.',
     '<p>Une question sur un programme, un abonnement ou une suggestion ? Nous lisons tous les messages.</p>
<ul>
<li>Les programmes et les radios : <a href="mailto:bonjour@pitchoun.test">bonjour@pitchoun.test</a></li>
<li>Les abonnements MyPitchoun et MyPitchoun+ : <a href="mailto:abonnements@pitchoun.test">abonnements@pitchoun.test</a></li>
</ul>',
     'PUBLISHED', NOW(6), NOW(6))
ON DUPLICATE KEY UPDATE
    title      = VALUES(title),
    summary    = VALUES(summary),
    body       = VALUES(body),
    status     = VALUES(status),
    publish_at = NULL,
    updated_at = NOW(6);

INSERT INTO news_item (slug, title, published_on, summary, body, status, created_at, updated_at)
VALUES
    ('mission-ocean-saison-2', 'Mission Océan revient pour une deuxième saison', '2026-09-02',
     'Zoé, Malik et le sous-marin Nautilette repartent explorer les grands fonds dès la rentrée sur Pitchoun TV.',
     '<p>Bonne nouvelle pour les jeunes explorateurs : <strong>Mission Océan</strong> revient avec dix nouveaux épisodes.</p>
<ul>
<li>Sur Pitchoun TV, le mercredi matin.</li>
<li>Une semaine plus tôt pour les abonnés MyPitchoun+.</li>
</ul>',
     'PUBLISHED', NOW(6), NOW(6)),
    ('podcast-histoires-du-soir', 'Nouveau podcast : les Histoires du soir', '2026-10-05',
     'Chaque soir, une histoire de dix minutes pour s''endormir en douceur.',
     '<p>Les <em>Histoires du soir</em> sont lues par les voix de nos programmes. Un nouvel épisode chaque jour, à écouter sur le site et dans l''application.</p>',
     'PUBLISHED', NOW(6), NOW(6)),
    ('pitchoun-junior-sans-publicite', 'Pitchoun Junior sans publicité le matin', '2026-11-03',
     'De 7 h à 10 h, Pitchoun Junior diffuse ses programmes sans aucune coupure publicitaire.',
     '<p>Les parents nous l''ont demandé : les matinées de <strong>Pitchoun Junior</strong> sont désormais sans publicité.</p>
<blockquote>Les tout-petits méritent des histoires sans interruption.</blockquote>',
     'PUBLISHED', NOW(6), NOW(6)),
    ('noel-sur-pitchoun', 'Noël sur Pitchoun (brouillon)', '2026-12-01',
     'Le programme des fêtes sur nos chaînes et nos radios.',
     '<p>À compléter : les programmes spéciaux de décembre.</p>',
     'DRAFT', NOW(6), NOW(6))
ON DUPLICATE KEY UPDATE
    title        = VALUES(title),
    published_on = VALUES(published_on),
    summary      = VALUES(summary),
    body         = VALUES(body),
    status       = VALUES(status),
    publish_at   = NULL,
    updated_at   = NOW(6);
