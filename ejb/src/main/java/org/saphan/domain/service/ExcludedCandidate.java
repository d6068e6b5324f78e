package org.saphan.domain.service;

import org.saphan.domain.model.interpreter.InterpreterId;

/** A candidate that broke a hard rule, and the first rule it broke. */
public record ExcludedCandidate(InterpreterId interpreterId, HardRule rule) {
}
