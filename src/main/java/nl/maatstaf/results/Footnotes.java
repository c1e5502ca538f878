package nl.maatstaf.results;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.maatstaf.catalog.Indicator;
import nl.maatstaf.catalog.ModuleCatalog;
import nl.maatstaf.catalog.Task;
import nl.maatstaf.catalog.TaskGroup;
import nl.maatstaf.engine.FigureId;
import nl.maatstaf.submission.FieldKeys;
import nl.maatstaf.submission.VersionExplanation;

/**
 * The organisation's explanations as numbered footnotes at their figures, and which of them each
 * tab of the results page shows. Numbers follow the figures in the order of the pages: per group
 * the group, its tasks and its outsourcing line, then the total, the part B indicators and the
 * part C items; two explanations of one figure follow their warning keys. An explanation of a
 * figure the catalogue no longer has is left out: there is nothing to put it at.
 */
final class Footnotes {

    /** No footnotes: for anyone but the organisation itself. */
    static final Footnotes NONE = new Footnotes(List.of());

    private final List<Footnote> all;

    private Footnotes(List<Footnote> all) {
        this.all = List.copyOf(all);
    }

    static Footnotes of(ModuleCatalog module, List<VersionExplanation> explanations, Texts texts) {
        Map<Target, List<String>> byTarget = new LinkedHashMap<>();
        for (Target target : targets(module, texts)) {
            byTarget.put(target, new ArrayList<>());
        }
        for (VersionExplanation explanation : explanations) {
            target(module, explanation.subject())
                    .flatMap(found -> byTarget.keySet().stream()
                            .filter(t -> t.place() == found.place() && t.code().equals(found.code()))
                            .findFirst())
                    .ifPresent(target -> byTarget.get(target).add(explanation.text()));
        }
        List<Footnote> footnotes = new ArrayList<>();
        byTarget.forEach((target, given) -> {
            for (String text : given) {
                footnotes.add(new Footnote(footnotes.size() + 1, target.place(), target.code(), target.name(), text));
            }
        });
        return new Footnotes(footnotes);
    }

    public List<Footnote> all() {
        return all;
    }

    public boolean isEmpty() {
        return all.isEmpty();
    }

    /** The footnotes a tab shows, in number order. */
    public List<Footnote> onTab(ResultsTab tab) {
        return all.stream().filter(f -> shownOn(tab, f.place())).toList();
    }

    /** The numbers at a row of the cost or formation table: "1, 3", or empty. */
    public String marks(ResultsTab tab, FigureRow row) {
        if (row.code() == null) {
            return "";
        }
        Footnote.Place place = switch (row.kind()) {
            case GROUP -> Footnote.Place.GROUP;
            case TASK -> Footnote.Place.TASK;
            case OUTSOURCING -> Footnote.Place.OUTSOURCING;
            case TOTAL -> Footnote.Place.TOTAL;
            // No warning is about the capacity at member municipalities.
            case MEMBER_CAPACITY -> null;
        };
        return place != null && shownOn(tab, place) ? marks(place, row.code()) : "";
    }

    /**
     * The numbers at a headline of the overview; only the first, the total cost per unit, is a
     * figure an explanation can be about.
     */
    public String headlineMarks(int index) {
        return index == 0 ? marks(Footnote.Place.TOTAL, FigureId.TOTAL) : "";
    }

    /** The numbers at a supplied part B indicator or part C item. */
    public String rawMarks(RawIndicator raw) {
        String indicator = marks(Footnote.Place.INDICATOR, raw.code());
        return indicator.isEmpty() ? marks(Footnote.Place.FINANCE, raw.code()) : indicator;
    }

    private String marks(Footnote.Place place, String code) {
        return all.stream()
                .filter(f -> f.place() == place && f.code().equals(code))
                .map(f -> String.valueOf(f.number()))
                .collect(Collectors.joining(", "));
    }

    private static boolean shownOn(ResultsTab tab, Footnote.Place place) {
        return switch (tab) {
            case OVERZICHT -> place == Footnote.Place.TOTAL;
            case KOSTEN ->
                place == Footnote.Place.TASK
                        || place == Footnote.Place.GROUP
                        || place == Footnote.Place.OUTSOURCING
                        || place == Footnote.Place.TOTAL;
            case FORMATIE -> place == Footnote.Place.TASK || place == Footnote.Place.GROUP;
            case INDICATOREN -> place == Footnote.Place.INDICATOR || place == Footnote.Place.FINANCE;
            case TREND -> false;
        };
    }

    /** A figure an explanation can belong to, with its name. */
    private record Target(Footnote.Place place, String code, String name) {}

    /** Every figure in the order of the pages. */
    private static List<Target> targets(ModuleCatalog module, Texts texts) {
        List<Target> targets = new ArrayList<>();
        for (TaskGroup group : module.groups()) {
            String groupName = texts.of(group.name());
            targets.add(new Target(Footnote.Place.GROUP, group.code(), groupName));
            for (Task task : group.tasks()) {
                targets.add(new Target(Footnote.Place.TASK, task.code(), texts.of(task.name())));
            }
            targets.add(new Target(
                    Footnote.Place.OUTSOURCING, group.code(), texts.get("results.footnote.outsourcing", groupName)));
        }
        Indicator hoofdfactor = module.hoofdfactorIndicator();
        String unit = hoofdfactor.unitSingular() == null
                ? texts.of(hoofdfactor.name())
                : texts.of(hoofdfactor.unitSingular());
        targets.add(new Target(Footnote.Place.TOTAL, FigureId.TOTAL, texts.get("results.headline.costPerUnit", unit)));
        for (Indicator indicator : module.indicators()) {
            targets.add(new Target(Footnote.Place.INDICATOR, indicator.code(), texts.of(indicator.name())));
        }
        for (Indicator item : module.finance()) {
            targets.add(new Target(Footnote.Place.FINANCE, item.code(), texts.of(item.name())));
        }
        return targets;
    }

    /** What a warning's subject names: a task, group, outsourcing line, indicator, item or the total. */
    static Optional<Target> target(ModuleCatalog module, String subject) {
        if (subject == null) {
            return Optional.empty();
        }
        if (VersionExplanation.TOTAL.equals(subject)) {
            return Optional.of(new Target(Footnote.Place.TOTAL, FigureId.TOTAL, ""));
        }
        for (TaskGroup group : module.groups()) {
            if (FieldKeys.outsourcing(group.code()).equals(subject)) {
                return Optional.of(new Target(Footnote.Place.OUTSOURCING, group.code(), ""));
            }
        }
        for (Indicator indicator : module.indicators()) {
            if (FieldKeys.indicator(indicator.code()).equals(subject)) {
                return Optional.of(new Target(Footnote.Place.INDICATOR, indicator.code(), ""));
            }
        }
        for (Indicator item : module.finance()) {
            if (FieldKeys.finance(item.code()).equals(subject)) {
                return Optional.of(new Target(Footnote.Place.FINANCE, item.code(), ""));
            }
        }
        if (!subject.startsWith("A.")) {
            return Optional.empty();
        }
        // A task ("A.KCC"), one of its fields ("A.KCC.fte") or a group ("A.UITVOERING").
        String rest = subject.substring(2);
        String code = rest.contains(".") ? rest.substring(0, rest.indexOf('.')) : rest;
        if (module.task(code).isPresent()) {
            return Optional.of(new Target(Footnote.Place.TASK, code, ""));
        }
        boolean group = module.groups().stream().map(TaskGroup::code).anyMatch(code::equals);
        return group && Objects.equals(rest, code)
                ? Optional.of(new Target(Footnote.Place.GROUP, code, ""))
                : Optional.empty();
    }
}
