package org.governance.directors.model;

/** The class of a director on a classified board; one class is elected each year for a three-year term. */
public enum DirectorClass {
    I, II, III
}
