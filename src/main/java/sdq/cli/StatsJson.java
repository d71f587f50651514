package sdq.cli;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import sdq.quiz.QuizPlan;
import sdq.schedule.Statistics;

/** The document {@code sdq stats --json} prints; keys in snake_case, as every --json of sdq. */
final class StatsJson {
    private StatsJson() {
    }

    static Map<String, Object> of(Statistics stats, QuizPlan.Due due, long reviews, long buried, long suspended,
                                  long orphans,
                                  LocalDate today, String library) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("date", today.toString());
        json.put("cards", stats.cards());
        json.put("new", stats.fresh());
        json.put("learned", stats.learned());
        json.put("due", due.reviews());
        json.put("offered", due.offered());
        json.put("waiting", due.waiting());
        json.put("buried", buried);
        json.put("suspended", suspended);
        json.put("reviews", reviews);
        Map<String, Integer> boxes = new LinkedHashMap<>();
        for (int b = 0; b < stats.boxes().size(); b++) {
            boxes.put(Integer.toString(b + 1), stats.boxes().get(b));
        }
        json.put("boxes", boxes);
        List<Map<String, Object>> forecast = new ArrayList<>();
        for (int d = 0; d < stats.forecast().size(); d++) {
            forecast.add(Map.of("date", today.plusDays(d).toString(), "due", stats.forecast().get(d)));
        }
        json.put("forecast", forecast);
        json.put("due_in_30_days", stats.dueIn30());
        List<Map<String, Object>> heatmap = new ArrayList<>();
        LocalDate first = today.minusDays(stats.heatmap().size() - 1L);
        for (int d = 0; d < stats.heatmap().size(); d++) {
            heatmap.add(Map.of("date", first.plusDays(d).toString(), "reviews", stats.heatmap().get(d)));
        }
        json.put("heatmap", heatmap);
        json.put("streak", Map.of("current", stats.streak(), "longest", stats.longest()));
        Map<String, Object> retention = new LinkedHashMap<>();
        retention.put("last_7_days", retention(stats.last7()));
        retention.put("last_30_days", retention(stats.last30()));
        Map<String, Object> byTopic = new LinkedHashMap<>();
        stats.byTopic().forEach((topic, r) -> byTopic.put(topic, retention(r)));
        retention.put("by_topic", byTopic);
        json.put("retention", retention);
        json.put("work_on", stats.workOn(5));
        json.put("orphans", orphans);
        json.put("library", library);
        return json;
    }

    private static Map<String, Object> retention(Statistics.Retention r) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("reviews", r.reviews());
        out.put("right", r.right());
        out.put("share", Math.round(r.share() * 1000) / 1000.0);
        return out;
    }
}
