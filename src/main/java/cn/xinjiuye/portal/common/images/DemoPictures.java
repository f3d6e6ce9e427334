package cn.xinjiuye.portal.common.images;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Random;
import javax.imageio.ImageIO;

/**
 * Photos for the demo, drawn at load time (nothing is downloaded): a care station's front with its red sign and
 * open door, and a street scene of the kind a courier reports (an overflowing bin, a broken kerb). The same seed
 * draws the same picture. JPEG, 640 × 480, a few tens of kilobytes.
 */
public final class DemoPictures {

    private static final int WIDTH = 640;
    private static final int HEIGHT = 480;

    private DemoPictures() {}

    /** A station's shop front: a building, a red sign over the door, windows, a bicycle at the kerb. */
    public static byte[] station(int seed) {
        Random random = new Random(seed);
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = canvas(image, random);
        Color wall = new Color(200 + random.nextInt(40), 180 + random.nextInt(50), 150 + random.nextInt(60));
        g.setColor(wall);
        g.fillRect(60, 90, 520, 300);
        g.setColor(new Color(190, 25, 30));
        g.fillRect(90, 110, 460, 60);
        g.setColor(new Color(250, 215, 90));
        for (int i = 0; i < 4; i++) {
            g.fillOval(120 + i * 110, 122, 36, 36);
        }
        g.setColor(new Color(120, 170, 210));
        g.fillRect(100, 200, 140, 110);
        g.fillRect(400, 200, 140, 110);
        g.setColor(new Color(90, 60, 40));
        g.fillRect(275, 200, 90, 190);
        g.setColor(new Color(255, 240, 200));
        g.fillRect(285, 210, 70, 170);
        bicycle(g, 470 + random.nextInt(40), 400);
        g.dispose();
        return jpeg(image);
    }

    /** A street scene to report: a kerb, a bin overflowing with bags, litter on the pavement. */
    public static byte[] street(int seed) {
        Random random = new Random(seed);
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = canvas(image, random);
        g.setColor(new Color(150, 150, 150));
        g.fillRect(0, 260, WIDTH, 40);
        g.setColor(new Color(40, 120, 60));
        g.fillRoundRect(240, 200, 120, 170, 12, 12);
        for (int i = 0; i < 9; i++) {
            g.setColor(new Color(random.nextInt(80), random.nextInt(80), random.nextInt(80)));
            g.fillOval(200 + random.nextInt(200), 150 + random.nextInt(80), 50 + random.nextInt(30), 40);
            g.setColor(new Color(220, 220, 210));
            g.fillRect(80 + random.nextInt(480), 390 + random.nextInt(70), 14 + random.nextInt(20), 8);
        }
        g.setColor(new Color(60, 60, 60));
        g.setStroke(new BasicStroke(4));
        g.drawLine(100 + random.nextInt(60), 300, 180 + random.nextInt(60), 340);
        g.dispose();
        return jpeg(image);
    }

    /** Sky and pavement, with the light of a random hour. */
    private static Graphics2D canvas(BufferedImage image, Random random) {
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        int blue = 190 + random.nextInt(60);
        g.setPaint(new GradientPaint(0, 0, new Color(110, 160, blue), 0, 300, new Color(225, 235, 245)));
        g.fillRect(0, 0, WIDTH, HEIGHT);
        g.setColor(new Color(170, 165, 155));
        g.fillRect(0, 380, WIDTH, HEIGHT - 380);
        return g;
    }

    private static void bicycle(Graphics2D g, int x, int y) {
        g.setColor(new Color(30, 30, 30));
        g.setStroke(new BasicStroke(5));
        g.drawOval(x - 60, y - 30, 50, 50);
        g.drawOval(x + 10, y - 30, 50, 50);
        g.drawLine(x - 35, y - 5, x, y - 45);
        g.drawLine(x, y - 45, x + 35, y - 5);
        g.drawLine(x - 35, y - 5, x + 35, y - 5);
        g.setColor(new Color(0, 110, 200));
        g.fillRect(x - 20, y - 80, 45, 35);
    }

    private static byte[] jpeg(BufferedImage image) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "jpeg", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
