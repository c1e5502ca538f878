package nl.maatstaf.results;

import java.math.BigDecimal;
import java.util.Optional;
import nl.maatstaf.catalog.Indicator;
import nl.maatstaf.catalog.IndicatorType;
import nl.maatstaf.catalog.ModuleCatalog;
import nl.maatstaf.common.DutchFormat;
import nl.maatstaf.engine.Quantity;

/**
 * Names and formats the quantities a derived indicator reads ({@code indicator:BEZWAAR},
 * {@code fte:task:BEZWAAR}, {@code cost:total}, …) so its explanation shows real words and numbers.
 */
final class QuantityLabels {

    private final ModuleCatalog module;
    private final Texts texts;

    QuantityLabels(ModuleCatalog module, Texts texts) {
        this.module = module;
        this.texts = texts;
    }

    String label(String reference) {
        Quantity quantity = Quantity.parse(reference);
        if (quantity instanceof Quantity.Indicator indicator) {
            return module.indicator(indicator.code())
                    .map(i -> texts.of(i.name()))
                    .orElse(indicator.code());
        }
        if (quantity instanceof Quantity.Finance finance) {
            return financeItem(finance.code()).map(i -> texts.of(i.name())).orElse(finance.code());
        }
        if (quantity instanceof Quantity.Hoofdfactor) {
            return texts.of(module.hoofdfactorIndicator().name());
        }
        if (quantity instanceof Quantity.GroupFte fte) {
            return texts.get("results.quantity.groupFte", groupName(fte.groupCode()));
        }
        if (quantity instanceof Quantity.TaskFte fte) {
            return texts.get("results.quantity.taskFte", taskName(fte.taskCode()));
        }
        if (quantity instanceof Quantity.GroupCost cost) {
            return texts.get("results.quantity.groupCost", groupName(cost.groupCode()));
        }
        if (quantity instanceof Quantity.TaskCost cost) {
            return texts.get("results.quantity.taskCost", taskName(cost.taskCode()));
        }
        // The remaining quantities have no parameter: one message each, named by its reference.
        return texts.get("results.quantity." + quantity.reference().replace(':', '.'));
    }

    /** Money as euros, fte with two decimals, everything else as a plain number. */
    String value(String reference, BigDecimal value) {
        Quantity quantity = Quantity.parse(reference);
        if (isMoney(quantity)) {
            return DutchFormat.euro(value);
        }
        return isFte(quantity) ? DutchFormat.decimal(value, 2) : ValueFormat.number(value);
    }

    private static boolean isFte(Quantity quantity) {
        return quantity instanceof Quantity.TotalFte
                || quantity instanceof Quantity.GroupFte
                || quantity instanceof Quantity.TaskFte
                || quantity instanceof Quantity.TotalGrossFte;
    }

    private boolean isMoney(Quantity quantity) {
        if (quantity instanceof Quantity.Finance finance) {
            return financeItem(finance.code())
                    .map(i -> i.type() == IndicatorType.AMOUNT)
                    .orElse(true);
        }
        if (quantity instanceof Quantity.Indicator indicator) {
            return module.indicator(indicator.code())
                    .map(i -> i.type() == IndicatorType.AMOUNT)
                    .orElse(false);
        }
        return quantity instanceof Quantity.TotalCost
                || quantity instanceof Quantity.GroupCost
                || quantity instanceof Quantity.TaskCost
                || quantity instanceof Quantity.TotalLoonkosten
                || quantity instanceof Quantity.TotalInhuur
                || quantity instanceof Quantity.TotalOutsourcing;
    }

    private Optional<Indicator> financeItem(String code) {
        return module.finance().stream().filter(i -> i.code().equals(code)).findFirst();
    }

    private String groupName(String groupCode) {
        return module.groups().stream()
                .filter(g -> g.code().equals(groupCode))
                .map(g -> texts.of(g.name()))
                .findFirst()
                .orElse(groupCode);
    }

    private String taskName(String taskCode) {
        return module.task(taskCode).map(t -> texts.of(t.name())).orElse(taskCode);
    }
}
