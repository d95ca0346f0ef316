"""What each app declares about the personal data it stores, collected from its `personal_data.py`.

An app registers its models (so the admin gates them behind the supporter-data permission), an eraser (what
`erase_supporter` does to one email address) and a purger (what `purge_supporter_data` expires). This module
knows nothing of the apps themselves: it loops over what was registered.
"""

from dataclasses import dataclass, field

_models = {}
_erasers = {}
_purgers = {}


@dataclass
class PersonalDataModel:
    model: type
    # Staff with the permission may look and export but never add or change; a superuser may delete one row.
    read_only: bool = False
    extra: dict = field(default_factory=dict)


def register_model(model, *, read_only=False):
    """Declare that rows of `model` hold a supporter's personal data."""
    _models[model] = PersonalDataModel(model=model, read_only=read_only)
    return model


def eraser(label):
    """Register `func(email) -> {what: count}`: removes or anonymises one person, says what it changed."""

    def decorator(func):
        _erasers[label] = func
        return func

    return decorator


def purger(label):
    """Register `func(now) -> {what: count}`: expires what the retention settings say is kept too long."""

    def decorator(func):
        _purgers[label] = func
        return func

    return decorator


def personal_data_models():
    return list(_models)


def is_personal_data(model):
    return model in _models


def erasers():
    return dict(_erasers)


def purgers():
    return dict(_purgers)


def install_permission_policies():
    """Every registered model gets the supporter-data policy, whatever its viewsets say."""
    from wagtail.permissions import register_permission_policy

    from privacy.policies import SupporterDataPolicy

    for model, entry in _models.items():
        register_permission_policy(model, SupporterDataPolicy(model, read_only=entry.read_only), exact_class=True)
