"""complaints (投诉) with an owner and a reply deadline

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-02 03:00:00
"""

from alembic import op
import sqlalchemy as sa

import db.types


revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('complaints',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('customer_id', sa.Uuid(), nullable=False),
    sa.Column('vehicle_id', sa.Uuid(), nullable=True),
    sa.Column('order_id', sa.Uuid(), nullable=True),
    sa.Column('channel', sa.String(12), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('received_at', db.types.UTCDateTime(), nullable=False),
    sa.Column('recorded_by_name', sa.String(60), nullable=False),
    sa.Column('owner_id', sa.Uuid(), nullable=True),
    sa.Column('owner_name', sa.String(60), nullable=False),
    sa.Column('reply_due_at', db.types.UTCDateTime(), nullable=False),
    sa.Column('status', sa.String(10), nullable=False),
    sa.Column('resolution', sa.Text(), nullable=False),
    sa.Column('closed_at', db.types.UTCDateTime(), nullable=True),
    sa.Column('closed_by_name', sa.String(60), nullable=False),
    sa.ForeignKeyConstraint(['customer_id'], ['customers.id']),
    sa.ForeignKeyConstraint(['vehicle_id'], ['vehicles.id']),
    sa.ForeignKeyConstraint(['order_id'], ['work_orders.id']),
    sa.ForeignKeyConstraint(['owner_id'], ['users.id']),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_index('ix_complaints_vehicle', 'complaints', ['vehicle_id', 'status'])
    op.create_index('ix_complaints_customer', 'complaints', ['customer_id', 'status'])


def downgrade() -> None:
    op.drop_index('ix_complaints_customer', table_name='complaints')
    op.drop_index('ix_complaints_vehicle', table_name='complaints')
    op.drop_table('complaints')
