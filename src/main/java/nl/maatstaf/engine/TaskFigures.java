package nl.maatstaf.engine;

/**
 * One task's figures together with the input they came from, so that a page can explain the net
 * cost (loonkosten + inhuurkosten − opbrengsten derden) and net fte (fte − fte voor derden).
 */
public record TaskFigures(String taskCode, TaskInput input, CostAndFte figures) {}
