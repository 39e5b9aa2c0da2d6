package io.appaudit.indexer.checks;

/** One audit rule of AUDIT-RULES.md; the sub-interfaces say what evidence it reads. */
public interface Check {

    /** The rule this check implements. */
    CheckId id();
}
