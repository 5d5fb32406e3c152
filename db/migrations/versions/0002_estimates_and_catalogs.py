"""estimates, consents and the shop's catalogs

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-01 20:50:00

Work orders get what reception and the estimate editor record (fuel, payer, totals split,
who saved last); lines get unit, part source, warranty, technician, added-work consent and
the agreed total; new tables hold consents and the catalogs (labor operations, parts,
packages, quick phrases). New NOT NULL columns carry a server default so an old file's rows
stay valid.
"""

from alembic import op
import sqlalchemy as sa

import db.types


revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def _text(default: str = "") -> sa.TextClause:
    return sa.text(f"'{default}'")


def order_columns() -> list[sa.Column]:
    return [
        sa.Column('updated_by_name', sa.String(60), nullable=False, server_default=_text()),
        sa.Column('contact_phone', sa.String(20), nullable=False, server_default=_text()),
        sa.Column('fuel_eighths', sa.Integer(), nullable=True),
        sa.Column('battery_percent', sa.Integer(), nullable=True),
        sa.Column('odometer_replaced', sa.Boolean(), nullable=False, server_default=sa.false()),
        sa.Column('odometer_note', sa.String(200), nullable=False, server_default=_text()),
        sa.Column('from_appointment', sa.Boolean(), nullable=False, server_default=sa.false()),
        sa.Column('payer', sa.String(12), nullable=False, server_default=_text('customer')),
        sa.Column('insurer', sa.String(60), nullable=False, server_default=_text()),
        sa.Column('claim_number', sa.String(40), nullable=False, server_default=_text()),
        sa.Column('labor_fen', sa.Integer(), nullable=False, server_default='0'),
        sa.Column('parts_fen', sa.Integer(), nullable=False, server_default='0'),
        sa.Column('other_fen', sa.Integer(), nullable=False, server_default='0'),
        sa.Column('order_discount_fen', sa.Integer(), nullable=False, server_default='0'),
        sa.Column('discount_fen', sa.Integer(), nullable=False, server_default='0'),
        sa.Column('vat_fen', sa.Integer(), nullable=False, server_default='0'),
        sa.Column('cancel_reason', sa.Text(), nullable=False, server_default=_text()),
    ]


def line_columns() -> list[sa.Column]:
    return [
        sa.Column('unit', sa.String(8), nullable=False, server_default=_text()),
        sa.Column('source', sa.String(12), nullable=False, server_default=_text()),
        sa.Column('warranty_months', sa.Integer(), nullable=True),
        sa.Column('warranty_km', sa.Integer(), nullable=True),
        sa.Column('technician_id', sa.Uuid(), nullable=True),
        sa.Column('part_id', sa.Uuid(), nullable=True),
        sa.Column('package_code', sa.String(40), nullable=False, server_default=_text()),
        sa.Column('added', sa.Boolean(), nullable=False, server_default=sa.false()),
        sa.Column('consent_id', sa.Uuid(), nullable=True),
        sa.Column('agreed_total_fen', sa.Integer(), nullable=True),
    ]


def upgrade() -> None:
    op.create_table('consents',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('order_id', sa.Uuid(), nullable=False),
    sa.Column('kind', sa.String(16), nullable=False),
    sa.Column('given_by', sa.String(60), nullable=False),
    sa.Column('method', sa.String(12), nullable=False),
    sa.Column('given_at', db.types.UTCDateTime(), nullable=False),
    sa.Column('recorded_by_id', sa.Uuid(), nullable=True),
    sa.Column('recorded_by_name', sa.String(60), nullable=False),
    sa.Column('amount_fen', sa.Integer(), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['order_id'], ['work_orders.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['recorded_by_id'], ['users.id']),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_index('ix_consents_order', 'consents', ['order_id', 'given_at'])
    op.create_table('labor_operations',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('code', sa.String(40), nullable=False),
    sa.Column('name', sa.String(200), nullable=False),
    sa.Column('category', sa.String(20), nullable=False),
    sa.Column('standard_hours_milli', sa.Integer(), nullable=False),
    sa.Column('warranty_months', sa.Integer(), nullable=True),
    sa.Column('warranty_km', sa.Integer(), nullable=True),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('code')
    )
    op.create_table('parts',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('code', sa.String(40), nullable=False),
    sa.Column('name', sa.String(200), nullable=False),
    sa.Column('brand', sa.String(60), nullable=False),
    sa.Column('unit', sa.String(8), nullable=False),
    sa.Column('price_fen', sa.Integer(), nullable=False),
    sa.Column('cost_fen', sa.Integer(), nullable=False),
    sa.Column('stock_milli', sa.Integer(), nullable=False),
    sa.Column('source', sa.String(12), nullable=False),
    sa.Column('warranty_months', sa.Integer(), nullable=True),
    sa.Column('warranty_km', sa.Integer(), nullable=True),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('code')
    )
    op.create_table('packages',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('code', sa.String(40), nullable=False),
    sa.Column('name', sa.String(200), nullable=False),
    sa.Column('category', sa.String(20), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('code')
    )
    op.create_table('package_items',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('package_id', sa.Uuid(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(10), nullable=False),
    sa.Column('code', sa.String(40), nullable=False),
    sa.Column('description', sa.String(200), nullable=False),
    sa.Column('quantity_milli', sa.Integer(), nullable=False),
    sa.Column('unit_price_fen', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['package_id'], ['packages.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_index('ix_package_items_package', 'package_items', ['package_id', 'position'])
    op.create_table('quick_phrases',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('text', sa.String(100), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('text')
    )
    with op.batch_alter_table('work_orders', schema=None) as batch_op:
        for column in order_columns():
            batch_op.add_column(column)
    with op.batch_alter_table('work_order_lines', schema=None) as batch_op:
        for column in line_columns():
            batch_op.add_column(column)
        batch_op.create_foreign_key('fk_lines_technician', 'users', ['technician_id'], ['id'])
        batch_op.create_foreign_key('fk_lines_part', 'parts', ['part_id'], ['id'])
        batch_op.create_foreign_key('fk_lines_consent', 'consents', ['consent_id'], ['id'])


def downgrade() -> None:
    with op.batch_alter_table('work_order_lines', schema=None) as batch_op:
        batch_op.drop_constraint('fk_lines_consent', type_='foreignkey')
        batch_op.drop_constraint('fk_lines_part', type_='foreignkey')
        batch_op.drop_constraint('fk_lines_technician', type_='foreignkey')
        for column in reversed(line_columns()):
            batch_op.drop_column(column.name)
    with op.batch_alter_table('work_orders', schema=None) as batch_op:
        for column in reversed(order_columns()):
            batch_op.drop_column(column.name)
    op.drop_table('quick_phrases')
    op.drop_index('ix_package_items_package', 'package_items')
    op.drop_table('package_items')
    op.drop_table('packages')
    op.drop_table('parts')
    op.drop_table('labor_operations')
    op.drop_index('ix_consents_order', 'consents')
    op.drop_table('consents')
