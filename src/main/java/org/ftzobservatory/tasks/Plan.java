package org.ftzobservatory.tasks;

import java.time.LocalDate;

/**
 * A plan that breaks into pilot tasks (总体方案, 深化方案, local plans …): its type, zone, date, issuing document (a 文号 or
 * document id, linked when the dataset has it), the task count it states and the tasks the ledger holds for it.
 */
public record Plan(String id, String planType, String titleZh, String zone, String ftz, LocalDate issued, String document,
                   String documentId, Integer statedTasks, boolean synthetic, int ledgerTasks) {
}
