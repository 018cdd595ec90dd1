"""Gunicorn reads this file from the directory it starts in (its default `./gunicorn.conf.py`):
every worker warms up before its first page (`portal.warm_up`)."""


def post_worker_init(worker) -> None:
    from portal.warm_up import warm_up_and_freeze

    warm_up_and_freeze()
