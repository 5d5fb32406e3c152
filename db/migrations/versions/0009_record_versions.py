"""every record two desks can edit carries a version (who saved it last, and when)

A save from a form that loaded an older version is refused (app/services/versions.py), instead
of silently putting back what another desk had just changed. Only columns with a server
default are added, so existing rows start at version 1.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-02 17:30:00
"""

from alembic import op
import sqlalchemy as sa

import db.types


revision = '0009'
down_revision = '0008'
branch_labels = None
depends_on = None

# table -> its version column (check_ins.version already numbers the signed versions)
_TABLES = {
    'customers': 'version',
    'vehicles': 'version',
    'check_ins': 'draft_version',
    'labor_operations': 'version',
    'parts': 'version',
    'packages': 'version',
    'quick_phrases': 'version',
}
_NEEDS_UPDATED_AT = ('labor_operations', 'parts', 'packages', 'quick_phrases')


def upgrade() -> None:
    for table, column in _TABLES.items():
        op.add_column(table, sa.Column(column, sa.Integer(), nullable=False,
                                       server_default=sa.text('1')))
        op.add_column(table, sa.Column('updated_by_name', sa.String(60), nullable=False,
                                       server_default=''))
    for table in _NEEDS_UPDATED_AT:
        op.add_column(table, sa.Column('updated_at', db.types.UTCDateTime(), nullable=True))


def downgrade() -> None:
    for table in _NEEDS_UPDATED_AT:
        with op.batch_alter_table(table) as batch:
            batch.drop_column('updated_at')
    for table, column in _TABLES.items():
        with op.batch_alter_table(table) as batch:
            batch.drop_column('updated_by_name')
            batch.drop_column(column)
