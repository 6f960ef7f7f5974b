package io.bdnn.cli;

import io.bdnn.files.AtomicFile;
import io.bdnn.training.RoundRecord;
import io.bdnn.training.robust.RandomSignAttack;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * PNG charts (XChart) of a run: validation accuracy and MILP time per step of a heuristic, and
 * accuracy under the random-sign attack. Files are written atomically.
 */
final class Charts {
    static final int WIDTH = 800;
    static final int HEIGHT = 500;

    private Charts() {
    }

    /**
     * Writes {@code validation-accuracy.png} and {@code milp-time.png} into {@code folder};
     * returns the files written (none without steps).
     */
    static List<Path> training(List<RoundRecord> rounds, String method, Path folder) throws IOException {
        List<Path> written = new ArrayList<>();
        if (rounds.isEmpty()) {
            return written;
        }
        double[] steps = new double[rounds.size()];
        double[] accuracy = new double[rounds.size()];
        double[] train = new double[rounds.size()];
        double[] seconds = new double[rounds.size()];
        for (int r = 0; r < rounds.size(); r++) {
            steps[r] = rounds.get(r).index();
            accuracy[r] = rounds.get(r).validationAccuracy();
            train[r] = rounds.get(r).trainLoss();
            seconds[r] = rounds.get(r).seconds();
        }
        String axis = method.equals("split") ? "MILP (MILP k follows split k - 1)" : "step (one layer's MILP)";
        XYChart accuracyChart = chart("Validation accuracy per MILP", axis, "validation accuracy");
        if (hasNumbers(accuracy)) {
            line(accuracyChart.addSeries("validation accuracy", steps, accuracy));
        } else {
            accuracyChart.setTitle("Training loss per MILP (no validation split)");
            accuracyChart.setYAxisTitle("training loss");
            line(accuracyChart.addSeries("training loss", steps, train));
        }
        written.add(save(accuracyChart, folder.resolve("validation-accuracy.png")));
        XYChart time = chart("MILP time", axis, "seconds");
        line(time.addSeries("MILP seconds", steps, seconds));
        written.add(save(time, folder.resolve("milp-time.png")));
        return written;
    }

    /** Writes {@code attack-accuracy.png}: mean accuracy (and min/max) against the attack strength. */
    static Path attack(List<RandomSignAttack.Result> results, Path folder) throws IOException {
        double[] eps = new double[results.size()];
        double[] mean = new double[results.size()];
        double[] min = new double[results.size()];
        double[] max = new double[results.size()];
        for (int r = 0; r < results.size(); r++) {
            eps[r] = results.get(r).eps();
            mean[r] = results.get(r).meanAccuracy();
            min[r] = results.get(r).minAccuracy();
            max[r] = results.get(r).maxAccuracy();
        }
        XYChart chart = chart("Accuracy under the random-sign attack", "attack strength eps (raw units)", "accuracy");
        line(chart.addSeries("mean", eps, mean));
        line(chart.addSeries("min", eps, min));
        line(chart.addSeries("max", eps, max));
        return save(chart, folder.resolve("attack-accuracy.png"));
    }

    /** Writes {@code certified-radius.png}: a histogram of the points' certified radii. */
    static Path radii(double[] radii, String unit, Path folder) throws IOException {
        System.setProperty("java.awt.headless", "true");
        double largest = 0;
        for (double radius : radii) {
            largest = Math.max(largest, radius);
        }
        int bins = 20;
        double width = largest > 0 ? largest / bins : 1;
        double[] centres = new double[bins];
        double[] counts = new double[bins];
        for (int b = 0; b < bins; b++) {
            centres[b] = (b + 0.5) * width;
        }
        for (double radius : radii) {
            counts[Math.min(bins - 1, (int) (radius / width))]++;
        }
        CategoryChart chart = new CategoryChartBuilder().width(WIDTH).height(HEIGHT)
                .title("Certified radius per point").xAxisTitle("certified radius (" + unit + ")")
                .yAxisTitle("points").build();
        chart.getStyler().setLegendVisible(false);
        chart.getStyler().setXAxisDecimalPattern("0.###");
        chart.getStyler().setXAxisLabelRotation(45);
        chart.addSeries("points", centres, counts);
        byte[] png = BitmapEncoder.getBitmapBytes(chart, BitmapEncoder.BitmapFormat.PNG);
        Path file = folder.resolve("certified-radius.png");
        AtomicFile.write(file, out -> out.write(png));
        return file;
    }

    private static XYChart chart(String title, String x, String y) {
        System.setProperty("java.awt.headless", "true");
        return new XYChartBuilder().width(WIDTH).height(HEIGHT).title(title).xAxisTitle(x).yAxisTitle(y).build();
    }

    private static void line(XYSeries series) {
        series.setMarker(SeriesMarkers.CIRCLE);
    }

    private static boolean hasNumbers(double[] values) {
        for (double value : values) {
            if (!Double.isNaN(value)) {
                return true;
            }
        }
        return false;
    }

    private static Path save(XYChart chart, Path file) throws IOException {
        byte[] png = BitmapEncoder.getBitmapBytes(chart, BitmapEncoder.BitmapFormat.PNG);
        AtomicFile.write(file, out -> out.write(png));
        return file;
    }
}
