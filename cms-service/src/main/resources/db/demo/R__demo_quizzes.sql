-- Demo quizzes (local platform only), written as upserts: « Le récif de corail » (mission-ocean, the episode
-- MyPitchoun plays whole: broadcast a week ago) and « La mare » (les-petits-explorateurs) each get a published quiz
-- of three questions. Empty read_aloud: the site reads the question and its choices.
INSERT INTO quiz (episode_id, status, publish_at, created_at, updated_at)
SELECT e.id, 'PUBLISHED', NULL, NOW(6), NOW(6)
FROM episode e JOIN programme p ON p.id = e.programme_id
WHERE (p.slug, e.slug) IN (('mission-ocean', 'le-recif-de-corail'), ('les-petits-explorateurs', 'la-mare'))
ON DUPLICATE KEY UPDATE status = 'PUBLISHED', publish_at = NULL, updated_at = NOW(6);

INSERT INTO quiz_question (quiz_id, position, text, read_aloud, choice_1, choice_2, choice_3, choice_4, right_choice,
                           explanation, image_id)
SELECT q.id, d.position, d.text, '', d.c1, d.c2, d.c3, NULL, d.answer, d.explanation, NULL
FROM quiz q
JOIN episode e ON e.id = q.episode_id
JOIN programme p ON p.id = e.programme_id
JOIN (
    SELECT 'mission-ocean' AS programme, 'le-recif-de-corail' AS episode, 1 AS position,
           'De quelle couleur devient un corail malade ?' AS text, 'Rouge' AS c1, 'Blanc' AS c2, 'Vert' AS c3,
           2 AS answer,
           'Bravo si tu as trouvé ! Quand l''eau est trop chaude, le corail perd les petites algues qui le colorent et il devient blanc.' AS explanation
    UNION ALL SELECT 'mission-ocean', 'le-recif-de-corail', 2, 'Qu''est-ce qui fait blanchir le corail ?',
           'L''eau trop chaude', 'La lune', 'Les dauphins', 1,
           'C''est la chaleur de l''eau : la mer se réchauffe avec le climat, et le corail n''aime pas ça.'
    UNION ALL SELECT 'mission-ocean', 'le-recif-de-corail', 3, 'Qui vit dans le récif de corail ?',
           'Des poissons de toutes les couleurs', 'Des chameaux', 'Des pingouins', 1,
           'Le récif est une vraie ville sous la mer : des milliers de poissons colorés y trouvent leur maison.'
    UNION ALL SELECT 'les-petits-explorateurs', 'la-mare', 1, 'Que devient un têtard en grandissant ?',
           'Un poisson', 'Une grenouille', 'Un canard', 2,
           'Oui, le têtard devient une grenouille : ses pattes poussent et sa queue disparaît petit à petit.'
    UNION ALL SELECT 'les-petits-explorateurs', 'la-mare', 2, 'Où vivent les têtards ?',
           'Dans l''eau de la mare', 'Dans les arbres', 'Sous la terre', 1,
           'Les têtards nagent dans l''eau de la mare, comme de tout petits poissons.'
    UNION ALL SELECT 'les-petits-explorateurs', 'la-mare', 3, 'Que pond la grenouille dans la mare ?',
           'Des œufs', 'Des graines', 'Des cailloux', 1,
           'La grenouille pond des œufs tout ronds et gluants : chacun deviendra un têtard.'
) d ON d.programme = p.slug AND d.episode = e.slug
ON DUPLICATE KEY UPDATE
    text         = VALUES(text),
    read_aloud   = VALUES(read_aloud),
    choice_1     = VALUES(choice_1),
    choice_2     = VALUES(choice_2),
    choice_3     = VALUES(choice_3),
    choice_4     = VALUES(choice_4),
    right_choice = VALUES(right_choice),
    explanation  = VALUES(explanation);
