package fr.pitchoun.cms.demo;

import fr.pitchoun.cms.media.MediaAsset;
import fr.pitchoun.cms.media.MediaLibrary;
import fr.pitchoun.cms.programme.Programme;
import fr.pitchoun.cms.quiz.QuizQuestion;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Font;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;

/**
 * Pictures for the demo programmes, so the local site shows images: a coloured card with the programme's title,
 * drawn at start and added to the media library like an upload; and a drawing of a reef for the third question of
 * the demo quiz of « Le récif de corail », so a quiz with a picture can be seen. Only what has no image gets one, so
 * an image an editor chose stays.
 */
@ApplicationScoped
class DemoImages {

    private static final Logger LOG = Logger.getLogger(DemoImages.class);

    private static final int WIDTH = 1600;
    private static final int HEIGHT = 900;
    private static final Map<String, Color> CARDS = Map.of(
            "les-petits-explorateurs", new Color(0x2e7d32),
            "mission-ocean", new Color(0x0277bd),
            "le-dragon-timide", new Color(0xc62828),
            "les-enigmes-de-lila", new Color(0x6a1b9a),
            "atelier-bricolo", new Color(0xef6c00));

    private static final String REEF_QUESTION = "quiz.episode.slug = 'le-recif-de-corail' "
            + "and quiz.episode.programme.slug = 'mission-ocean' and position = 3 and image is null";
    private static final String REEF_ALT = "Dessin d'un récif sous la mer : des coraux de toutes les couleurs et des "
            + "poissons qui nagent autour.";

    private final MediaLibrary library;

    DemoImages(MediaLibrary library) {
        this.library = library;
    }

    void attach() {
        CARDS.forEach((slug, colour) -> titleWithoutImage(slug).ifPresent(title -> {
            MediaAsset image = library.add(card(title, colour), slug + ".png",
                    "Affiche de l'émission « " + title + " » : son titre en blanc sur fond coloré.", DemoSchedule.DEMO);
            QuarkusTransaction.requiringNew().run(() -> Programme.update("image = ?1 where slug = ?2", image, slug));
            LOG.infof("Demo content: picture %d for %s", image.id, slug);
        }));
        QuarkusTransaction.requiringNew().call(() -> QuizQuestion.<QuizQuestion>find(REEF_QUESTION)
                .firstResultOptional().map(question -> question.id)).ifPresent(question -> {
            MediaAsset reef = library.add(reef(), "quiz-recif.png", REEF_ALT, DemoSchedule.DEMO);
            QuarkusTransaction.requiringNew().run(() -> QuizQuestion.update("image = ?1 where id = ?2", reef, question));
            LOG.infof("Demo content: picture %d for the reef quiz", reef.id);
        });
    }

    /** Blue water, corals of several colours on the sand, and fish. */
    static byte[] reef() {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setPaint(new GradientPaint(0, 0, new Color(0x4fc3f7), 0, HEIGHT, new Color(0x01579b)));
            g.fillRect(0, 0, WIDTH, HEIGHT);
            g.setColor(new Color(0xf0dca0));
            g.fillOval(-200, HEIGHT - 160, WIDTH + 400, 400);
            Color[] corals = {new Color(0xff7043), new Color(0xec407a), new Color(0xffca28), new Color(0xab47bc),
                    new Color(0x66bb6a)};
            for (int c = 0; c < 9; c++) {
                g.setColor(corals[c % corals.length]);
                int x = 90 + c * 175;
                int height = 220 + (c * 73) % 180;
                g.fillRoundRect(x, HEIGHT - 120 - height, 46, height, 40, 40);
                g.fillRoundRect(x - 60, HEIGHT - 80 - height * 2 / 3, 40, height * 2 / 3 - 60, 36, 36);
                g.fillRoundRect(x + 66, HEIGHT - 60 - height / 2, 40, height / 2 - 60, 36, 36);
            }
            Color[] fish = {new Color(0xffeb3b), new Color(0xff5722), new Color(0xffffff)};
            for (int f = 0; f < 6; f++) {
                int x = 180 + f * 230;
                int y = 140 + (f * 97) % 300;
                g.setColor(fish[f % fish.length]);
                g.fillOval(x, y, 120, 60);
                g.fillPolygon(new int[] {x + 110, x + 165, x + 165}, new int[] {y + 30, y, y + 60}, 3);
                g.setColor(Color.BLACK);
                g.fillOval(x + 20, y + 20, 12, 12);
            }
        } finally {
            g.dispose();
        }
        return png(image);
    }

    private static Optional<String> titleWithoutImage(String slug) {
        return QuarkusTransaction.requiringNew().call(() -> Programme.<Programme>find("slug = ?1 and image is null",
                slug).firstResultOptional().map(programme -> programme.title));
    }

    static byte[] card(String title, Color colour) {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setPaint(new GradientPaint(0, 0, colour.brighter(), WIDTH, HEIGHT, colour.darker()));
            g.fillRect(0, 0, WIDTH, HEIGHT);
            g.setColor(new Color(255, 255, 255, 40));
            g.fillOval(-200, 500, 700, 700);
            g.fillOval(1150, -250, 650, 650);
            drawTitle(g, title);
        } finally {
            g.dispose();
        }
        return png(image);
    }

    private static byte[] png(BufferedImage image) {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return png.toByteArray();
    }

    /** Centred, as large as fits in the width. */
    private static void drawTitle(Graphics2D g, String title) {
        try {
            int size = 140;
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, size));
            while (size > 40 && g.getFontMetrics().stringWidth(title) > WIDTH - 200) {
                size -= 10;
                g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, size));
            }
            g.setColor(Color.WHITE);
            g.drawString(title, (WIDTH - g.getFontMetrics().stringWidth(title)) / 2,
                    (HEIGHT + g.getFontMetrics().getAscent() - g.getFontMetrics().getDescent()) / 2);
        } catch (RuntimeException | InternalError noFonts) {
            // A JRE without any font (some minimal container images) fails here: the card stays without its title.
            LOG.warnf("Demo content: no font to write \"%s\" on its picture (%s)", title, noFonts);
        }
    }
}
