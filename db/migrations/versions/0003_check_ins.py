"""check-ins with signatures, and their photos' thumbnails

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-01 21:10:00
"""

from alembic import op
import sqlalchemy as sa

import db.types


revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('check_ins',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('order_id', sa.Uuid(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('status', sa.String(10), nullable=False),
    sa.Column('checklist', sa.JSON(), nullable=False),
    sa.Column('marks', sa.JSON(), nullable=False),
    sa.Column('fuel_eighths', sa.Integer(), nullable=True),
    sa.Column('battery_percent', sa.Integer(), nullable=True),
    sa.Column('odometer_km', sa.Integer(), nullable=True),
    sa.Column('keys_count', sa.Integer(), nullable=True),
    sa.Column('belongings', sa.Text(), nullable=False),
    sa.Column('valuables', sa.Text(), nullable=False),
    sa.Column('photos', sa.JSON(), nullable=False),
    sa.Column('signature_strokes', sa.JSON(), nullable=False),
    sa.Column('signature_png', sa.LargeBinary(), nullable=True),
    sa.Column('signer', sa.String(60), nullable=False),
    sa.Column('signed_at', db.types.UTCDateTime(), nullable=True),
    sa.Column('advisor_id', sa.Uuid(), nullable=True),
    sa.Column('advisor_name', sa.String(60), nullable=False),
    sa.Column('content_hash', sa.String(64), nullable=False),
    sa.Column('created_at', db.types.UTCDateTime(), nullable=False),
    sa.Column('updated_at', db.types.UTCDateTime(), nullable=False),
    sa.ForeignKeyConstraint(['order_id'], ['work_orders.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['advisor_id'], ['users.id']),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('order_id', 'version', name='uq_check_ins_version')
    )
    op.create_table('check_in_photos',
    sa.Column('sha256', sa.String(64), nullable=False),
    sa.Column('thumbnail', sa.LargeBinary(), nullable=False),
    sa.Column('suffix', sa.String(8), nullable=False),
    sa.Column('added_at', db.types.UTCDateTime(), nullable=False),
    sa.PrimaryKeyConstraint('sha256')
    )


def downgrade() -> None:
    op.drop_table('check_in_photos')
    op.drop_table('check_ins')
