"""Training the learned sentence scorer (`chorus train`): data → features and labels → MLP."""

from chorus.training.fit import TrainReport, train

__all__ = ["TrainReport", "train"]
