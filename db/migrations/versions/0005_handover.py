"""handover: completion checks, pickups, warranties, follow-up tasks, comebacks

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-02 03:00:00
"""

from alembic import op
import sqlalchemy as sa

import db.types


revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('completion_checks',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('order_id', sa.Uuid(), nullable=False),
    sa.Column('results', sa.JSON(), nullable=False),
    sa.Column('passed', sa.Boolean(), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('inspector_id', sa.Uuid(), nullable=True),
    sa.Column('inspector_name', sa.String(60), nullable=False),
    sa.Column('checked_at', db.types.UTCDateTime(), nullable=False),
    sa.ForeignKeyConstraint(['order_id'], ['work_orders.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['inspector_id'], ['users.id']),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_index('ix_completion_checks_order', 'completion_checks', ['order_id', 'checked_at'])
    op.create_table('handovers',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('order_id', sa.Uuid(), nullable=False),
    sa.Column('status', sa.String(10), nullable=False),
    sa.Column('check_in_version', sa.Integer(), nullable=True),
    sa.Column('odometer_in_km', sa.Integer(), nullable=True),
    sa.Column('odometer_out_km', sa.Integer(), nullable=True),
    sa.Column('fuel_eighths_out', sa.Integer(), nullable=True),
    sa.Column('battery_percent_out', sa.Integer(), nullable=True),
    sa.Column('new_marks', sa.JSON(), nullable=False),
    sa.Column('differences', sa.JSON(), nullable=False),
    sa.Column('belongings_returned', sa.Boolean(), nullable=False),
    sa.Column('belongings_note', sa.Text(), nullable=False),
    sa.Column('signature_strokes', sa.JSON(), nullable=False),
    sa.Column('signature_png', sa.LargeBinary(), nullable=True),
    sa.Column('signer', sa.String(60), nullable=False),
    sa.Column('signed_at', db.types.UTCDateTime(), nullable=True),
    sa.Column('handed_over_by_id', sa.Uuid(), nullable=True),
    sa.Column('handed_over_by_name', sa.String(60), nullable=False),
    sa.Column('content_hash', sa.String(64), nullable=False),
    sa.Column('created_at', db.types.UTCDateTime(), nullable=False),
    sa.ForeignKeyConstraint(['order_id'], ['work_orders.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['handed_over_by_id'], ['users.id']),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_index('ix_handovers_order', 'handovers', ['order_id'], unique=True)
    op.create_table('warranties',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('order_id', sa.Uuid(), nullable=False),
    sa.Column('vehicle_id', sa.Uuid(), nullable=False),
    sa.Column('repair_type', sa.String(30), nullable=False),
    sa.Column('km', sa.Integer(), nullable=False),
    sa.Column('days', sa.Integer(), nullable=False),
    sa.Column('starts_on', sa.Date(), nullable=False),
    sa.Column('until_on', sa.Date(), nullable=False),
    sa.Column('until_km', sa.Integer(), nullable=True),
    sa.Column('restarted', sa.Boolean(), nullable=False),
    sa.Column('superseded_by_id', sa.Uuid(), nullable=True),
    sa.Column('created_at', db.types.UTCDateTime(), nullable=False),
    sa.ForeignKeyConstraint(['order_id'], ['work_orders.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['vehicle_id'], ['vehicles.id']),
    sa.ForeignKeyConstraint(['superseded_by_id'], ['warranties.id']),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_index('ix_warranties_vehicle', 'warranties', ['vehicle_id', 'until_on'])
    op.create_index('ix_warranties_order', 'warranties', ['order_id'])
    op.create_table('follow_ups',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('order_id', sa.Uuid(), nullable=False),
    sa.Column('kind', sa.String(12), nullable=False),
    sa.Column('due_on', sa.Date(), nullable=False),
    sa.Column('status', sa.String(10), nullable=False),
    sa.Column('outcome', sa.Text(), nullable=False),
    sa.Column('done_at', db.types.UTCDateTime(), nullable=True),
    sa.Column('created_at', db.types.UTCDateTime(), nullable=False),
    sa.ForeignKeyConstraint(['order_id'], ['work_orders.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_index('ix_follow_ups_due', 'follow_ups', ['status', 'due_on'])
    op.create_index('ix_follow_ups_order', 'follow_ups', ['order_id'])
    with op.batch_alter_table('work_orders', schema=None) as batch_op:
        batch_op.add_column(sa.Column('comeback_of_id', sa.Uuid(), nullable=True))
        batch_op.create_index('ix_work_orders_comeback_of_id', ['comeback_of_id'])
        batch_op.create_foreign_key('fk_work_orders_comeback_of', 'work_orders',
                                    ['comeback_of_id'], ['id'])


def downgrade() -> None:
    with op.batch_alter_table('work_orders', schema=None) as batch_op:
        batch_op.drop_constraint('fk_work_orders_comeback_of', type_='foreignkey')
        batch_op.drop_index('ix_work_orders_comeback_of_id')
        batch_op.drop_column('comeback_of_id')
    op.drop_index('ix_follow_ups_order', 'follow_ups')
    op.drop_index('ix_follow_ups_due', 'follow_ups')
    op.drop_table('follow_ups')
    op.drop_index('ix_warranties_order', 'warranties')
    op.drop_index('ix_warranties_vehicle', 'warranties')
    op.drop_table('warranties')
    op.drop_index('ix_handovers_order', 'handovers')
    op.drop_table('handovers')
    op.drop_index('ix_completion_checks_order', 'completion_checks')
    op.drop_table('completion_checks')
