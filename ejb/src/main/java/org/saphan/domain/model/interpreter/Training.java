package org.saphan.domain.model.interpreter;

/** Trainings of the programme an interpreter has done. */
public enum Training {
    VICTIM_CENTRED, GENDER, TRAUMA_INFORMED, CHILD_SAFE
}
