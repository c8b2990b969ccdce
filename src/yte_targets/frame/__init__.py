"""DataFrames (extra ``[pandas]``): vectorised evaluation, plans and reports as frames,
scenarios. Nothing here is imported until it is used.

>>> import yte_targets as yt
>>> plan = yt.load_plan("examples/plans/hung-yen.yaml")
>>> plan.to_frame().shape[0]
31
"""
