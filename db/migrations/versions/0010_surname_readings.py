"""search keys of polyphonic surnames: both readings (卜 bu/bo, 子车 zi ju/zi che …)

Data only: the schema does not change. The names whose first characters are a surname with
its own reading get their search keys made again under the new rules
(`app.domain.pinyin.SURNAME_RULES_VERSION` 2), so 卜凡 on file is found by "bufan" and "bf"
as well as "bofan". The keys are made by the search service itself, imported here and
nowhere else in db/: there is one way to make a key. Downgrading leaves the keys (the old
rules' keys are a subset; the extra ones do no harm).

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-02 18:20:00
"""

from alembic import op


revision = '0010'
down_revision = '0009'
branch_labels = None
depends_on = None


def upgrade() -> None:
    from app.services.search_index import reindex_surnames

    reindex_surnames(op.get_bind())


def downgrade() -> None:
    pass
