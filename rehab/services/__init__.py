"""Writes for rehab, split by what they change: plans, sessions, phases, prescriptions.

Every write is keyword-only and typed, and runs in one transaction that locks the plan row
first. Bad input raises `ValidationError` with Dutch field errors and writes nothing.
"""
