package nl.maatstaf.submission;

/** A field where someone else stored something other than what this user typed. */
record ConflictLine(String fieldKey, String label, String yours, String stored) {}
