"""triage: cases (one child, one case) and the link from each referral's child to its case

Revision ID: 0003_triage
Revises: 0002_desk
Create Date: 2026-11-28 20:45:00

referrals.case_id stays a plain indexed integer: making it a foreign key would rebuild `referrals` on
SQLite, and with foreign keys on, dropping the old table cascades into referral_children.
"""

import sqlalchemy as sa
from alembic import op

revision = '0003_triage'
down_revision = '0002_desk'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('cases',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('opened_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('closed_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('merged_into_id', sa.Integer(), nullable=True),
    sa.Column('family_key', sa.String(length=32), nullable=True),
    sa.Column('priority', sa.String(length=16), nullable=True),
    sa.Column('eligibility', sa.String(length=64), nullable=True),
    sa.Column('assigned_to', sa.String(length=128), nullable=True),
    sa.Column('awo_name', sa.String(length=320), nullable=True),
    sa.Column('awo_email', sa.String(length=320), nullable=True),
    sa.Column('awo_slack', sa.String(length=32), nullable=True),
    sa.Column('accepted_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('accepted_by', sa.String(length=128), nullable=True),
    sa.Column('first_contact_due', sa.DateTime(timezone=True), nullable=True),
    sa.Column('first_contact_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('home_visit_due', sa.DateTime(timezone=True), nullable=True),
    sa.Column('home_visit_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('first_contact_awo_notified_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('first_contact_manager_notified_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('home_visit_awo_notified_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('home_visit_manager_notified_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['merged_into_id'], ['cases.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('cases', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_cases_family_key'), ['family_key'], unique=False)
        batch_op.create_index(batch_op.f('ix_cases_first_contact_due'), ['first_contact_due'], unique=False)
        batch_op.create_index(batch_op.f('ix_cases_home_visit_due'), ['home_visit_due'], unique=False)
        batch_op.create_index(batch_op.f('ix_cases_status'), ['status'], unique=False)

    op.create_table('case_children',
    sa.Column('referral_child_id', sa.Integer(), nullable=False),
    sa.Column('case_id', sa.Integer(), nullable=False),
    sa.Column('referral_id', sa.Integer(), nullable=False),
    sa.Column('matched_on', sa.String(length=64), nullable=False),
    sa.Column('linked_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['case_id'], ['cases.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['referral_child_id'], ['referral_children.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['referral_id'], ['referrals.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('referral_child_id')
    )
    with op.batch_alter_table('case_children', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_case_children_case_id'), ['case_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_case_children_referral_id'), ['referral_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('case_children', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_case_children_referral_id'))
        batch_op.drop_index(batch_op.f('ix_case_children_case_id'))
    op.drop_table('case_children')
    with op.batch_alter_table('cases', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_cases_status'))
        batch_op.drop_index(batch_op.f('ix_cases_home_visit_due'))
        batch_op.drop_index(batch_op.f('ix_cases_first_contact_due'))
        batch_op.drop_index(batch_op.f('ix_cases_family_key'))
    op.drop_table('cases')
