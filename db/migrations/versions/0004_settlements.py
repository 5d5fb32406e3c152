"""settlements, payments, deposits and settlement reversals; work_orders.repair_type widened

"secondary_maintenance" (二级维护) is 21 characters: PostgreSQL refused it in VARCHAR(20).
SQLite does not enforce the length, so only PostgreSQL's column is altered (a batch rebuild of
the big work_orders table on SQLite would gain nothing).

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-02 02:50:00
"""

from alembic import op
import sqlalchemy as sa

import db.types


revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    if op.get_bind().dialect.name != 'sqlite':
        op.alter_column('work_orders', 'repair_type', type_=sa.String(30),
                        existing_type=sa.String(20), existing_nullable=True)
    op.create_table('settlements',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('number', sa.String(32), nullable=False),
    sa.Column('order_id', sa.Uuid(), nullable=False),
    sa.Column('customer_id', sa.Uuid(), nullable=False),
    sa.Column('branch_id', sa.Uuid(), nullable=False),
    sa.Column('status', sa.String(10), nullable=False),
    sa.Column('labor_fen', sa.Integer(), nullable=False),
    sa.Column('parts_fen', sa.Integer(), nullable=False),
    sa.Column('other_fen', sa.Integer(), nullable=False),
    sa.Column('discount_fen', sa.Integer(), nullable=False),
    sa.Column('vat_fen', sa.Integer(), nullable=False),
    sa.Column('total_fen', sa.Integer(), nullable=False),
    sa.Column('deposit_fen', sa.Integer(), nullable=False),
    sa.Column('due_fen', sa.Integer(), nullable=False),
    sa.Column('paid_fen', sa.Integer(), nullable=False),
    sa.Column('change_fen', sa.Integer(), nullable=False),
    sa.Column('on_account_fen', sa.Integer(), nullable=False),
    sa.Column('owed_fen', sa.Integer(), nullable=False),
    sa.Column('cashier_id', sa.Uuid(), nullable=True),
    sa.Column('cashier_name', sa.String(60), nullable=False),
    sa.Column('approved_by_id', sa.Uuid(), nullable=True),
    sa.Column('approved_by_name', sa.String(60), nullable=False),
    sa.Column('settled_at', db.types.UTCDateTime(), nullable=False),
    sa.ForeignKeyConstraint(['approved_by_id'], ['users.id']),
    sa.ForeignKeyConstraint(['branch_id'], ['branches.id']),
    sa.ForeignKeyConstraint(['cashier_id'], ['users.id']),
    sa.ForeignKeyConstraint(['customer_id'], ['customers.id']),
    sa.ForeignKeyConstraint(['order_id'], ['work_orders.id']),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('number')
    )
    op.create_index('ix_settlements_customer', 'settlements', ['customer_id', 'owed_fen'])
    op.create_index('ix_settlements_order', 'settlements', ['order_id'])
    op.create_index('ix_settlements_settled_at', 'settlements', ['settled_at'])

    op.create_table('deposits',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('order_id', sa.Uuid(), nullable=False),
    sa.Column('method', sa.String(10), nullable=False),
    sa.Column('amount_fen', sa.Integer(), nullable=False),
    sa.Column('reference', sa.String(60), nullable=False),
    sa.Column('cashier_id', sa.Uuid(), nullable=True),
    sa.Column('cashier_name', sa.String(60), nullable=False),
    sa.Column('received_at', db.types.UTCDateTime(), nullable=False),
    sa.Column('settlement_id', sa.Uuid(), nullable=True),
    sa.ForeignKeyConstraint(['cashier_id'], ['users.id']),
    sa.ForeignKeyConstraint(['order_id'], ['work_orders.id']),
    sa.ForeignKeyConstraint(['settlement_id'], ['settlements.id']),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_index('ix_deposits_order', 'deposits', ['order_id'])
    op.create_index('ix_deposits_received_at', 'deposits', ['received_at'])

    op.create_table('payments',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('settlement_id', sa.Uuid(), nullable=False),
    sa.Column('kind', sa.String(12), nullable=False),
    sa.Column('method', sa.String(10), nullable=False),
    sa.Column('amount_fen', sa.Integer(), nullable=False),
    sa.Column('tendered_fen', sa.Integer(), nullable=True),
    sa.Column('change_fen', sa.Integer(), nullable=False),
    sa.Column('reference', sa.String(60), nullable=False),
    sa.Column('cashier_id', sa.Uuid(), nullable=True),
    sa.Column('cashier_name', sa.String(60), nullable=False),
    sa.Column('paid_at', db.types.UTCDateTime(), nullable=False),
    sa.ForeignKeyConstraint(['cashier_id'], ['users.id']),
    sa.ForeignKeyConstraint(['settlement_id'], ['settlements.id']),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_index('ix_payments_paid_at', 'payments', ['paid_at'])
    op.create_index('ix_payments_settlement', 'payments', ['settlement_id'])

    op.create_table('settlement_reversals',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('settlement_id', sa.Uuid(), nullable=False),
    sa.Column('order_id', sa.Uuid(), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('by_id', sa.Uuid(), nullable=True),
    sa.Column('by_name', sa.String(60), nullable=False),
    sa.Column('at', db.types.UTCDateTime(), nullable=False),
    sa.Column('refunded_fen', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['by_id'], ['users.id']),
    sa.ForeignKeyConstraint(['order_id'], ['work_orders.id']),
    sa.ForeignKeyConstraint(['settlement_id'], ['settlements.id']),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_index('ix_settlement_reversals_order', 'settlement_reversals', ['order_id'])


def downgrade() -> None:
    if op.get_bind().dialect.name != 'sqlite':
        op.alter_column('work_orders', 'repair_type', type_=sa.String(20),
                        existing_type=sa.String(30), existing_nullable=True)
    op.drop_table('settlement_reversals')
    op.drop_table('payments')
    op.drop_table('deposits')
    op.drop_table('settlements')
