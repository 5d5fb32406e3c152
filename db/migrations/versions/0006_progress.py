"""progress: labor line progress, waiting-for-parts details, the order's timeline events

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-02 03:00:00
"""

from alembic import op
import sqlalchemy as sa

import db.types


revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('work_orders') as batch:
        batch.add_column(sa.Column('waiting_for', sa.String(200), nullable=False,
                                   server_default=sa.text("''")))
        batch.add_column(sa.Column('parts_expected_on', sa.Date(), nullable=True))
    with op.batch_alter_table('work_order_lines') as batch:
        batch.add_column(sa.Column('progress', sa.String(12), nullable=False,
                                   server_default=sa.text("'not_started'")))
        batch.add_column(sa.Column('progress_at', db.types.UTCDateTime(), nullable=True))
    op.create_table('order_events',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('order_id', sa.Uuid(), nullable=False),
    sa.Column('kind', sa.String(20), nullable=False),
    sa.Column('at', db.types.UTCDateTime(), nullable=False),
    sa.Column('user_id', sa.Uuid(), nullable=True),
    sa.Column('user_name', sa.String(60), nullable=False),
    sa.Column('line_id', sa.Uuid(), nullable=True),
    sa.Column('data', sa.JSON(), nullable=False),
    sa.ForeignKeyConstraint(['order_id'], ['work_orders.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['user_id'], ['users.id']),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_index('ix_order_events_order', 'order_events', ['order_id', 'at'], unique=False)


def downgrade() -> None:
    op.drop_index('ix_order_events_order', table_name='order_events')
    op.drop_table('order_events')
    with op.batch_alter_table('work_order_lines') as batch:
        batch.drop_column('progress_at')
        batch.drop_column('progress')
    with op.batch_alter_table('work_orders') as batch:
        batch.drop_column('parts_expected_on')
        batch.drop_column('waiting_for')
