package io.github.justculture.cost;

/** Which of Acas's two presenteeism figures to use. */
public enum PresenteeismBound {
  /** £0.59bn: the total is £28.5bn. */
  LOW,
  /** £2.3bn: the total is £30.2bn. */
  HIGH
}
