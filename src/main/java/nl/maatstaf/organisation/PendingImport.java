package nl.maatstaf.organisation;

import java.io.Serializable;

/**
 * An uploaded, checked municipality list waiting for the beheerder's confirmation; held in the
 * session, stored nowhere. {@code basis} fingerprints the list it was compared with, so a list
 * imported by someone else in the meantime makes the confirmation fail instead of overwriting it.
 */
public record PendingImport(String token, int referenceYear, MunicipalityFile.Contents contents, String basis)
        implements Serializable {}
