package nl.maatstaf.submission;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.maatstaf.catalog.Indicator;
import nl.maatstaf.catalog.ModuleCatalog;
import nl.maatstaf.catalog.Task;
import nl.maatstaf.catalog.TaskGroup;
import nl.maatstaf.organisation.Organisation;
import nl.maatstaf.organisation.OrganisationKind;

/**
 * The fields a module's catalogue asks for in one peiljaar, in questionnaire order. Anything a
 * form or API call sends that is not in here is ignored or refused, never stored.
 */
final class Questionnaire {

    static final String OUTSOURCING_ASPECT = "uitbesteed";
    static final String GROUP_ASPECT = "groep";

    private final ModuleCatalog catalog;
    private final Map<String, QuestionnaireField> fields;
    private final boolean cooperation;

    private Questionnaire(ModuleCatalog catalog, Map<String, QuestionnaireField> fields, boolean cooperation) {
        this.catalog = catalog;
        this.fields = Collections.unmodifiableMap(fields);
        this.cooperation = cooperation;
    }

    /** The questionnaire of a municipality. */
    static Questionnaire of(ModuleCatalog catalog) {
        return of(catalog, false);
    }

    /** The questionnaire of the organisation: a cooperation also reports capacity at its member municipalities. */
    static Questionnaire of(ModuleCatalog catalog, Organisation organisation) {
        return of(catalog, organisation.kind() == OrganisationKind.SAMENWERKING);
    }

    static Questionnaire of(ModuleCatalog catalog, boolean cooperation) {
        Map<String, QuestionnaireField> fields = new LinkedHashMap<>();
        for (TaskGroup group : catalog.groups()) {
            String groupKey = FieldKeys.group(group.code());
            fields.put(
                    groupKey,
                    new QuestionnaireField(groupKey, Part.A, FieldType.GROUP_MARKER, group.name(), GROUP_ASPECT));
            for (Task task : group.tasks()) {
                for (TaskField field : TaskField.values()) {
                    String key = FieldKeys.task(task.code(), field);
                    fields.put(key, new QuestionnaireField(key, Part.A, FieldType.of(field), task.name(), field.key()));
                }
            }
            String key = FieldKeys.outsourcing(group.code());
            fields.put(key, new QuestionnaireField(key, Part.A, FieldType.AMOUNT, group.name(), OUTSOURCING_ASPECT));
            if (cooperation) {
                memberCapacityFields(group, fields);
            }
        }
        for (Indicator indicator : catalog.indicators()) {
            String key = FieldKeys.indicator(indicator.code());
            fields.put(
                    key, new QuestionnaireField(key, Part.B, FieldType.of(indicator.type()), indicator.name(), null));
        }
        for (Indicator item : catalog.finance()) {
            String key = FieldKeys.finance(item.code());
            fields.put(key, new QuestionnaireField(key, Part.C, FieldType.of(item.type()), item.name(), null));
        }
        return new Questionnaire(catalog, fields, cooperation);
    }

    // The sub-line "capaciteit bij de deelnemende gemeenten" of a cooperation's group.
    private static void memberCapacityFields(TaskGroup group, Map<String, QuestionnaireField> fields) {
        String fte = FieldKeys.memberFte(group.code());
        fields.put(fte, new QuestionnaireField(fte, Part.A, FieldType.FTE, group.name(), FieldKeys.MEMBER_FTE));
        String cost = FieldKeys.memberCost(group.code());
        fields.put(cost, new QuestionnaireField(cost, Part.A, FieldType.AMOUNT, group.name(), FieldKeys.MEMBER_COST));
        String description = FieldKeys.memberDescription(group.code());
        fields.put(
                description,
                new QuestionnaireField(
                        description, Part.A, FieldType.TEXT, group.name(), FieldKeys.MEMBER_DESCRIPTION));
    }

    /** Whether this is a cooperation's questionnaire, with capacity at member municipalities per group. */
    boolean cooperation() {
        return cooperation;
    }

    /** A field only a cooperation has, asked of a municipality's questionnaire. */
    boolean refusesMemberCapacity(String key) {
        return !cooperation && FieldKeys.isMemberCapacity(key);
    }

    ModuleCatalog catalog() {
        return catalog;
    }

    boolean contains(String key) {
        return fields.containsKey(key);
    }

    Optional<QuestionnaireField> field(String key) {
        return Optional.ofNullable(fields.get(key));
    }

    List<QuestionnaireField> fields() {
        return List.copyOf(fields.values());
    }

    List<QuestionnaireField> fields(Part part) {
        List<QuestionnaireField> result = new ArrayList<>();
        for (QuestionnaireField field : fields.values()) {
            if (field.part() == part) {
                result.add(field);
            }
        }
        return result;
    }

    String hoofdfactorKey() {
        return FieldKeys.indicator(catalog.hoofdfactor());
    }

    /** The tab a field is on; afsluiting fields are on no part. */
    Optional<Part> partOf(String key) {
        return field(key).map(QuestionnaireField::part);
    }
}
