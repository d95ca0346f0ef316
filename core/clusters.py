"""modelcluster's child relations, worked out once per model instead of on every instance.

`ClusterableModel.__init__` (every Wagtail page is one) walks all of its model's fields twice, looking for
parental keys, each time a page is loaded: about half a millisecond a page, a dozen pages on a listing. The
fields of a model do not change once Django's app registry is ready, so the answer is kept per model class.
"""

from functools import cache

import modelcluster.models as cluster_models

_child_relations = cluster_models.get_all_child_relations
_child_m2m_relations = cluster_models.get_all_child_m2m_relations


@cache
def _relations_of(model):
    return tuple(_child_relations(model))


@cache
def _m2m_relations_of(model):
    return tuple(_child_m2m_relations(model))


def _model_class(model_or_instance):
    return model_or_instance if isinstance(model_or_instance, type) else type(model_or_instance)


def get_all_child_relations(model):
    return list(_relations_of(_model_class(model)))


def get_all_child_m2m_relations(model):
    return list(_m2m_relations_of(_model_class(model)))


def install():
    cluster_models.get_all_child_relations = get_all_child_relations
    cluster_models.get_all_child_m2m_relations = get_all_child_m2m_relations
