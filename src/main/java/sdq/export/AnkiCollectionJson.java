package sdq.export;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The JSON an Anki schema 11 collection keeps in its {@code col} row: settings, note types, decks, deck options. */
final class AnkiCollectionJson {
    private static final String CSS = ".card { font-family: arial; font-size: 20px; text-align: left; color: black;"
            + " background-color: white; }\n.cloze { font-weight: bold; color: blue; }";

    private AnkiCollectionJson() {
    }

    static Map<String, Object> conf() {
        Map<String, Object> conf = new LinkedHashMap<>();
        conf.put("nextPos", 1);
        conf.put("estTimes", true);
        conf.put("activeDecks", List.of(1));
        conf.put("sortType", "noteFld");
        conf.put("timeLim", 0);
        conf.put("sortBackwards", false);
        conf.put("addToCur", true);
        conf.put("curDeck", 1);
        conf.put("newSpread", 0);
        conf.put("dueCounts", true);
        conf.put("curModel", Long.toString(AnkiPackage.BASIC_ID));
        conf.put("collapseTime", 1200);
        // The v2 scheduler's layout (due days, queues): what every Anki since 2.1.50 expects.
        conf.put("schedVer", 2);
        return conf;
    }

    static Map<String, Object> models(long seconds) {
        Map<String, Object> models = new LinkedHashMap<>();
        models.put(Long.toString(AnkiPackage.BASIC_ID), model(AnkiPackage.BASIC_ID, "Basic (sdq)", 0, List.of("Front", "Back"),
                "Card 1", "{{Front}}", "{{FrontSide}}\n\n<hr id=answer>\n\n{{Back}}", seconds));
        models.put(Long.toString(AnkiPackage.CLOZE_ID), model(AnkiPackage.CLOZE_ID, "Cloze (sdq)", 1,
                List.of("Text", "Back Extra"), "Cloze", "{{cloze:Text}}", "{{cloze:Text}}<br>\n{{Back Extra}}", seconds));
        return models;
    }

    private static Map<String, Object> model(long id, String name, int type, List<String> fields, String template,
                                             String question, String answer, long seconds) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", id);
        m.put("name", name);
        m.put("type", type);
        m.put("mod", seconds);
        m.put("usn", -1);
        m.put("sortf", 0);
        m.put("did", 1);
        Map<String, Object> tmpl = new LinkedHashMap<>();
        tmpl.put("name", template);
        tmpl.put("ord", 0);
        tmpl.put("qfmt", question);
        tmpl.put("afmt", answer);
        tmpl.put("did", null);
        tmpl.put("bqfmt", "");
        tmpl.put("bafmt", "");
        m.put("tmpls", List.of(tmpl));
        List<Map<String, Object>> flds = new java.util.ArrayList<>();
        for (int i = 0; i < fields.size(); i++) {
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("name", fields.get(i));
            f.put("ord", i);
            f.put("sticky", false);
            f.put("rtl", false);
            f.put("font", "Arial");
            f.put("size", 20);
            f.put("media", List.of());
            flds.add(f);
        }
        m.put("flds", flds);
        m.put("css", CSS);
        m.put("latexPre", "\\documentclass[12pt]{article}\n\\special{papersize=3in,5in}\n\\usepackage[utf8]{inputenc}\n"
                + "\\usepackage{amssymb,amsmath}\n\\pagestyle{empty}\n\\setlength{\\parindent}{0in}\n\\begin{document}\n");
        m.put("latexPost", "\\end{document}");
        m.put("latexsvg", false);
        m.put("req", List.of(List.of(0, "any", List.of(0))));
        m.put("tags", List.of());
        m.put("vers", List.of());
        return m;
    }

    static Map<String, Object> decks(Map<String, Long> names, long seconds) {
        Map<String, Object> decks = new LinkedHashMap<>();
        decks.put("1", deck(1, "Default", seconds));
        names.forEach((name, id) -> decks.put(Long.toString(id), deck(id, name, seconds)));
        return decks;
    }

    private static Map<String, Object> deck(long id, String name, long seconds) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("id", id);
        d.put("name", name);
        d.put("mod", seconds);
        d.put("usn", -1);
        d.put("lrnToday", List.of(0, 0));
        d.put("revToday", List.of(0, 0));
        d.put("newToday", List.of(0, 0));
        d.put("timeToday", List.of(0, 0));
        d.put("collapsed", false);
        d.put("browserCollapsed", false);
        d.put("desc", "");
        d.put("dyn", 0);
        d.put("conf", 1);
        d.put("extendNew", 0);
        d.put("extendRev", 0);
        return d;
    }

    static Map<String, Object> deckOptions() {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("id", 1);
        o.put("name", "Default");
        o.put("mod", 0);
        o.put("usn", 0);
        o.put("maxTaken", 60);
        o.put("autoplay", true);
        o.put("timer", 0);
        o.put("replayq", true);
        o.put("dyn", false);
        o.put("new", Map.of("delays", List.of(1, 10), "ints", List.of(1, 4, 0), "initialFactor", 2500, "order", 1,
                "perDay", 20, "bury", false));
        o.put("rev", Map.of("perDay", 200, "ease4", 1.3, "ivlFct", 1, "maxIvl", 36500, "bury", false, "hardFactor", 1.2));
        o.put("lapse", Map.of("delays", List.of(10), "mult", 0, "minInt", 1, "leechFails", 8, "leechAction", 1));
        return Map.of("1", o);
    }
}
