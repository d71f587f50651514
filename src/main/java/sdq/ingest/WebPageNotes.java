package sdq.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import sdq.ingest.doc.Block;
import sdq.ingest.doc.Document;
import sdq.ingest.doc.PlainNotes;

/**
 * A web page saved as plain text, into blocks: the page's numbered topics, their explanations
 * and their inline follow-up questions are mended by {@link WebPageText} (glued lines split,
 * doubled titles dropped) into cards the page declares, each topic's follow-ups under it; the
 * lines it leaves are paragraphs, read like any notes.
 */
final class WebPageNotes {
    private WebPageNotes() {
    }

    /** Whether text looks like a web page saved as text: numbered topics whose titles are written twice. */
    static boolean looksLike(String text) {
        return new WebPageText().score(new Note("", text)) > 0;
    }

    static Document read(String text) {
        Note note = new Note("", text);
        Extraction found = new WebPageText().extract(note);
        List<Block> blocks = new ArrayList<>();
        List<Draft> drafts = found.drafts();
        List<List<Block.Declared>> followUps = new ArrayList<>();
        for (int k = 0; k < drafts.size(); k++) {
            followUps.add(new ArrayList<>());
        }
        for (int k = drafts.size() - 1; k >= 0; k--) {
            Draft d = drafts.get(k);
            Block.Declared card = declared(d, followUps.get(k));
            if (d.parent().isPresent()) {
                followUps.get(d.parent().getAsInt()).add(0, card);
            } else {
                blocks.add(0, card);
            }
        }
        for (Skip s : found.skipped()) {
            blocks.add(new Block.Skipped(s.text(), s.reason(), s.line()));
        }
        // The lines the page's repair left, in their places, read as plain notes.
        StringBuilder rest = new StringBuilder();
        for (int i = 0; i < note.size(); i++) {
            rest.append(i == 0 ? "" : "\n").append(note.isUsed(i) ? "" : note.line(i));
        }
        blocks.addAll(PlainNotes.read(rest.toString()).blocks());
        blocks.sort(java.util.Comparator.comparingInt(Block::line));
        return new Document("web page text", Optional.empty(), blocks);
    }

    private static Block.Declared declared(Draft d, List<Block.Declared> followUps) {
        String rule = d.parent().isPresent() ? "web page follow-up" : d.section().equals("Scenarios") ? "web page scenario"
                : "web page topic";
        return new Block.Declared(d.question(), List.of(new Block.Text(d.answer(), d.line(), d.endLine())), followUps, rule,
                Optional.of(d.section()), d.line(), d.endLine());
    }
}
