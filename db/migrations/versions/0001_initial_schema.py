"""initial schema

Revision ID: 0001
Revises: 
Create Date: 2026-11-23 01:37:14.262399
"""

from alembic import op
import sqlalchemy as sa

import db.types


revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('branches',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('code', sa.String(length=16), nullable=False),
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.Column('address', sa.String(length=200), nullable=False),
    sa.Column('phone', sa.String(length=40), nullable=False),
    sa.Column('plate_prefix', sa.String(length=4), nullable=False),
    sa.Column('created_at', db.types.UTCDateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('code')
    )
    op.create_table('search_entries',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('kind', sa.String(length=10), nullable=False),
    sa.Column('ref', sa.Uuid(), nullable=False),
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.Column('phone', sa.String(length=20), nullable=False),
    sa.Column('plate', sa.String(length=12), nullable=False),
    sa.Column('detail', sa.String(length=200), nullable=False),
    sa.Column('keys', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('kind', 'ref')
    )
    op.create_table('settings',
    sa.Column('key', sa.String(length=80), nullable=False),
    sa.Column('value', sa.JSON(), nullable=False),
    sa.PrimaryKeyConstraint('key')
    )
    op.create_table('vehicles',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('plate', sa.String(length=12), nullable=True),
    sa.Column('vin', sa.String(length=17), nullable=True),
    sa.Column('vin_confirmed', sa.Boolean(), nullable=False),
    sa.Column('brand', sa.String(length=40), nullable=False),
    sa.Column('model', sa.String(length=60), nullable=False),
    sa.Column('year', sa.Integer(), nullable=True),
    sa.Column('colour', sa.String(length=20), nullable=False),
    sa.Column('engine_no', sa.String(length=30), nullable=False),
    sa.Column('fuel_type', sa.String(length=12), nullable=False),
    sa.Column('mileage_km', sa.Integer(), nullable=True),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('created_at', db.types.UTCDateTime(), nullable=False),
    sa.Column('updated_at', db.types.UTCDateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('vehicles', schema=None) as batch_op:
        batch_op.create_index('ix_vehicles_plate', ['plate'], unique=False)
        batch_op.create_index('ix_vehicles_vin', ['vin'], unique=True)

    op.create_table('customers',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('kind', sa.String(length=10), nullable=False),
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.Column('contact_person', sa.String(length=60), nullable=False),
    sa.Column('tax_id', sa.String(length=30), nullable=False),
    sa.Column('address', sa.String(length=200), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('credit_allowed', sa.Boolean(), nullable=False),
    sa.Column('merged_into_id', sa.Uuid(), nullable=True),
    sa.Column('branch_id', sa.Uuid(), nullable=True),
    sa.Column('created_at', db.types.UTCDateTime(), nullable=False),
    sa.Column('updated_at', db.types.UTCDateTime(), nullable=False),
    sa.ForeignKeyConstraint(['branch_id'], ['branches.id'], ),
    sa.ForeignKeyConstraint(['merged_into_id'], ['customers.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_table('document_counters',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('branch_id', sa.Uuid(), nullable=False),
    sa.Column('kind', sa.String(length=10), nullable=False),
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('last_seq', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['branch_id'], ['branches.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('branch_id', 'kind', 'day')
    )
    op.create_table('search_keys',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('key', sa.String(length=100), nullable=False),
    sa.Column('entry_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['entry_id'], ['search_entries.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('search_keys', schema=None) as batch_op:
        batch_op.create_index('ix_search_keys_key', ['key', 'entry_id'], unique=False)

    op.create_table('users',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('username', sa.String(length=40), nullable=False),
    sa.Column('display_name', sa.String(length=60), nullable=False),
    sa.Column('role', sa.String(length=20), nullable=False),
    sa.Column('password_hash', sa.String(length=200), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('failed_logins', sa.Integer(), nullable=False),
    sa.Column('locked_until', db.types.UTCDateTime(), nullable=True),
    sa.Column('must_change_password', sa.Boolean(), nullable=False),
    sa.Column('branch_id', sa.Uuid(), nullable=True),
    sa.Column('created_at', db.types.UTCDateTime(), nullable=False),
    sa.ForeignKeyConstraint(['branch_id'], ['branches.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('username')
    )
    op.create_table('audit_log',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('at', db.types.UTCDateTime(), nullable=False),
    sa.Column('user_id', sa.Uuid(), nullable=True),
    sa.Column('user_name', sa.String(length=60), nullable=False),
    sa.Column('entity', sa.String(length=30), nullable=False),
    sa.Column('entity_id', sa.String(length=40), nullable=False),
    sa.Column('action', sa.String(length=30), nullable=False),
    sa.Column('before', sa.JSON(), nullable=True),
    sa.Column('after', sa.JSON(), nullable=True),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('audit_log', schema=None) as batch_op:
        batch_op.create_index('ix_audit_log_entity', ['entity', 'entity_id'], unique=False)

    op.create_table('customer_phones',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('customer_id', sa.Uuid(), nullable=False),
    sa.Column('number', sa.String(length=20), nullable=False),
    sa.Column('kind', sa.String(length=10), nullable=False),
    sa.Column('label', sa.String(length=30), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['customer_id'], ['customers.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('customer_phones', schema=None) as batch_op:
        batch_op.create_index('ix_customer_phones_number', ['number'], unique=False)

    op.create_table('vehicle_ownerships',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('vehicle_id', sa.Uuid(), nullable=False),
    sa.Column('customer_id', sa.Uuid(), nullable=False),
    sa.Column('started_on', sa.Date(), nullable=False),
    sa.Column('ended_on', sa.Date(), nullable=True),
    sa.Column('note', sa.String(length=200), nullable=False),
    sa.ForeignKeyConstraint(['customer_id'], ['customers.id'], ),
    sa.ForeignKeyConstraint(['vehicle_id'], ['vehicles.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('vehicle_ownerships', schema=None) as batch_op:
        batch_op.create_index('ix_vehicle_ownerships_customer', ['customer_id'], unique=False)
        batch_op.create_index('ix_vehicle_ownerships_vehicle', ['vehicle_id', 'ended_on'], unique=False)

    op.create_table('work_orders',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('number', sa.String(length=32), nullable=False),
    sa.Column('branch_id', sa.Uuid(), nullable=False),
    sa.Column('vehicle_id', sa.Uuid(), nullable=False),
    sa.Column('customer_id', sa.Uuid(), nullable=False),
    sa.Column('advisor_id', sa.Uuid(), nullable=True),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('category', sa.String(length=20), nullable=False),
    sa.Column('repair_type', sa.String(length=20), nullable=True),
    sa.Column('mileage_km', sa.Integer(), nullable=True),
    sa.Column('complaint', sa.Text(), nullable=False),
    sa.Column('total_fen', sa.Integer(), nullable=False),
    sa.Column('opened_at', db.types.UTCDateTime(), nullable=False),
    sa.Column('promised_at', db.types.UTCDateTime(), nullable=True),
    sa.Column('closed_at', db.types.UTCDateTime(), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('updated_at', db.types.UTCDateTime(), nullable=False),
    sa.ForeignKeyConstraint(['advisor_id'], ['users.id'], ),
    sa.ForeignKeyConstraint(['branch_id'], ['branches.id'], ),
    sa.ForeignKeyConstraint(['customer_id'], ['customers.id'], ),
    sa.ForeignKeyConstraint(['vehicle_id'], ['vehicles.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('number')
    )
    with op.batch_alter_table('work_orders', schema=None) as batch_op:
        batch_op.create_index('ix_work_orders_customer', ['customer_id'], unique=False)
        batch_op.create_index('ix_work_orders_status', ['status'], unique=False)
        batch_op.create_index('ix_work_orders_vehicle', ['vehicle_id', 'opened_at'], unique=False)

    op.create_table('status_events',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('order_id', sa.Uuid(), nullable=False),
    sa.Column('from_status', sa.String(length=20), nullable=True),
    sa.Column('to_status', sa.String(length=20), nullable=False),
    sa.Column('at', db.types.UTCDateTime(), nullable=False),
    sa.Column('user_id', sa.Uuid(), nullable=True),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['order_id'], ['work_orders.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('status_events', schema=None) as batch_op:
        batch_op.create_index('ix_status_events_order', ['order_id', 'at'], unique=False)

    op.create_table('work_order_lines',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('order_id', sa.Uuid(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=10), nullable=False),
    sa.Column('code', sa.String(length=40), nullable=False),
    sa.Column('description', sa.String(length=200), nullable=False),
    sa.Column('quantity_milli', sa.Integer(), nullable=False),
    sa.Column('unit_price_fen', sa.Integer(), nullable=False),
    sa.Column('discount_fen', sa.Integer(), nullable=False),
    sa.Column('total_fen', sa.Integer(), nullable=False),
    sa.Column('approval', sa.String(length=10), nullable=False),
    sa.ForeignKeyConstraint(['order_id'], ['work_orders.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('work_order_lines', schema=None) as batch_op:
        batch_op.create_index('ix_work_order_lines_order', ['order_id', 'position'], unique=False)


    create_search_index()

def downgrade() -> None:
    drop_search_index()
    with op.batch_alter_table('work_order_lines', schema=None) as batch_op:
        batch_op.drop_index('ix_work_order_lines_order')

    op.drop_table('work_order_lines')
    with op.batch_alter_table('status_events', schema=None) as batch_op:
        batch_op.drop_index('ix_status_events_order')

    op.drop_table('status_events')
    with op.batch_alter_table('work_orders', schema=None) as batch_op:
        batch_op.drop_index('ix_work_orders_vehicle')
        batch_op.drop_index('ix_work_orders_status')
        batch_op.drop_index('ix_work_orders_customer')

    op.drop_table('work_orders')
    with op.batch_alter_table('vehicle_ownerships', schema=None) as batch_op:
        batch_op.drop_index('ix_vehicle_ownerships_vehicle')
        batch_op.drop_index('ix_vehicle_ownerships_customer')

    op.drop_table('vehicle_ownerships')
    with op.batch_alter_table('customer_phones', schema=None) as batch_op:
        batch_op.drop_index('ix_customer_phones_number')

    op.drop_table('customer_phones')
    with op.batch_alter_table('audit_log', schema=None) as batch_op:
        batch_op.drop_index('ix_audit_log_entity')

    op.drop_table('audit_log')
    op.drop_table('users')
    with op.batch_alter_table('search_keys', schema=None) as batch_op:
        batch_op.drop_index('ix_search_keys_key')

    op.drop_table('search_keys')
    op.drop_table('document_counters')
    op.drop_table('customers')
    with op.batch_alter_table('vehicles', schema=None) as batch_op:
        batch_op.drop_index('ix_vehicles_vin')
        batch_op.drop_index('ix_vehicles_plate')

    op.drop_table('vehicles')
    op.drop_table('settings')
    op.drop_table('search_entries')
    op.drop_table('branches')


# Any-part search (a plate's middle, four digits of a phone) needs a real index, never a scan:
# SQLite FTS5 with the trigram tokenizer over search_entries.keys, kept in step by triggers;
# PostgreSQL a pg_trgm GIN index on the same column.
SQLITE_SEARCH = [
    "CREATE VIRTUAL TABLE search_fts USING fts5(keys, content='search_entries',"
    " content_rowid='id', tokenize='trigram')",
    "CREATE TRIGGER search_entries_ai AFTER INSERT ON search_entries BEGIN"
    " INSERT INTO search_fts(rowid, keys) VALUES (new.id, new.keys); END",
    "CREATE TRIGGER search_entries_ad AFTER DELETE ON search_entries BEGIN"
    " INSERT INTO search_fts(search_fts, rowid, keys) VALUES ('delete', old.id, old.keys); END",
    "CREATE TRIGGER search_entries_au AFTER UPDATE OF keys ON search_entries BEGIN"
    " INSERT INTO search_fts(search_fts, rowid, keys) VALUES ('delete', old.id, old.keys);"
    " INSERT INTO search_fts(rowid, keys) VALUES (new.id, new.keys); END",
]
POSTGRES_SEARCH = [
    "CREATE EXTENSION IF NOT EXISTS pg_trgm",
    "CREATE INDEX ix_search_entries_keys_trgm ON search_entries USING gin (keys gin_trgm_ops)",
    # The prefix seeks compare byte-wise (`key COLLATE "C"`, as SQLite does) whatever the
    # server's locale; only an index of that same collation serves them, the plain one not.
    'CREATE INDEX ix_search_keys_key_c ON search_keys (key COLLATE "C", entry_id)',
    'CREATE INDEX ix_work_orders_number_c ON work_orders (number COLLATE "C")',
]
POSTGRES_ONLY_INDEXES = ("ix_search_entries_keys_trgm", "ix_search_keys_key_c",
                         "ix_work_orders_number_c")


def create_search_index() -> None:
    dialect = op.get_bind().dialect.name
    for statement in SQLITE_SEARCH if dialect == "sqlite" else POSTGRES_SEARCH:
        op.execute(statement)


def drop_search_index() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for name in ("search_entries_ai", "search_entries_ad", "search_entries_au"):
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
        op.execute("DROP TABLE IF EXISTS search_fts")
    else:
        for name in POSTGRES_ONLY_INDEXES:
            op.execute(f"DROP INDEX IF EXISTS {name}")
