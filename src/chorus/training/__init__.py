"""Training the learned sentence scorer (`chorus train`): data → features, labels → trees."""

from chorus.training.fit import TrainReport, train

__all__ = ["TrainReport", "train"]
