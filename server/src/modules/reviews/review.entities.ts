import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { ReviewerKind } from '../../lib/vocabulary/reviews';
import { PrincipalEntity } from '../directory/principal.entity';
import { ScopeEntity } from '../scopes/scope.entity';

/** One line of a review's reviewers: a kind, the users or groups it names, and (SELF, MANAGER) who answers otherwise. */
export interface ReviewerSpec {
  kind: ReviewerKind;
  principalIds: string[];
  fallbackPrincipalIds: string[];
}

/**
 * An access review (DOMAIN.md, "Access reviews"): what it covers (roles at a scope and below, which holdings, which
 * holders), who reviews, when (one time or recurring, each instance lasting `durationDays`), and what completion does.
 * Each role has its own instance in each occurrence: one review per role, as the seeds say.
 */
@Entity({ name: 'access_review' })
export class AccessReviewEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'access_review_pkey' })
  id: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text', nullable: true })
  description: string | null;

  @Index('access_review_scope_id_idx')
  @Column({ name: 'scope_id', type: 'uuid' })
  scopeId: string;

  @ManyToOne(() => ScopeEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'scope_id', foreignKeyConstraintName: 'access_review_scope_id_fkey' })
  scope?: ScopeEntity;

  @Column({ name: 'role_ids', type: 'uuid', array: true })
  roleIds: string[];

  /** ELIGIBLE, ACTIVE or ALL. */
  @Column({ name: 'assignment_type', type: 'text' })
  assignmentType: string;

  @Column({ name: 'principal_types', type: 'text', array: true })
  principalTypes: string[];

  /** Only holders inactive for this many days (no sign-in; an eligibility not activated); null: everyone. */
  @Column({ name: 'inactive_days', type: 'integer', nullable: true })
  inactiveDays: number | null;

  @Column({ type: 'jsonb' })
  reviewers: ReviewerSpec[];

  @Column({ type: 'text' })
  frequency: string;

  @Column({ name: 'duration_days', type: 'integer' })
  durationDays: number;

  @Column({ name: 'start_at', type: 'timestamptz' })
  startAt: Date;

  /** A recurring review stops starting instances after this instant… */
  @Column({ name: 'recurrence_end_at', type: 'timestamptz', nullable: true })
  recurrenceEndAt: Date | null;

  /** …or after this many occurrences. */
  @Column({ type: 'integer', nullable: true })
  occurrences: number | null;

  /** When the next occurrence starts; null once the series has ended. */
  @Index('access_review_next_start_at_idx')
  @Column({ name: 'next_start_at', type: 'timestamptz', nullable: true })
  nextStartAt: Date | null;

  /** Occurrences started so far. */
  @Column({ name: 'started_count', type: 'integer', default: 0 })
  startedCount: number;

  @Column({ name: 'auto_apply', type: 'boolean', default: false })
  autoApply: boolean;

  @Column({ name: 'default_decision', type: 'text' })
  defaultDecision: string;

  @Column({ name: 'require_reason', type: 'boolean', default: true })
  requireReason: boolean;

  @Column({ name: 'show_recommendations', type: 'boolean', default: true })
  showRecommendations: boolean;

  @Index('access_review_created_by_id_idx')
  @Column({ name: 'created_by_id', type: 'uuid', nullable: true })
  createdById: string | null;

  @ManyToOne(() => PrincipalEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'created_by_id', foreignKeyConstraintName: 'access_review_created_by_id_fkey' })
  createdBy?: PrincipalEntity | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

/** A named reviewer of a review (a user, or a group whose members review), or a fallback for SELF and MANAGER items. */
@Entity({ name: 'access_review_reviewer' })
export class AccessReviewReviewerEntity {
  @PrimaryColumn({ name: 'review_id', type: 'uuid', primaryKeyConstraintName: 'access_review_reviewer_pkey' })
  reviewId: string;

  @ManyToOne(() => AccessReviewEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'review_id', foreignKeyConstraintName: 'access_review_reviewer_review_id_fkey' })
  review?: AccessReviewEntity;

  @Index('access_review_reviewer_principal_id_idx')
  @PrimaryColumn({ name: 'principal_id', type: 'uuid', primaryKeyConstraintName: 'access_review_reviewer_pkey' })
  principalId: string;

  @ManyToOne(() => PrincipalEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'principal_id', foreignKeyConstraintName: 'access_review_reviewer_principal_id_fkey' })
  principal?: PrincipalEntity;

  /** A fallback answers only the items that have no reviewer of their own (a holder who is not a user, no manager). */
  @PrimaryColumn({ type: 'boolean', primaryKeyConstraintName: 'access_review_reviewer_pkey' })
  fallback: boolean;
}

/** One role's review in one occurrence: its own items, progress, completion and apply. */
@Entity({ name: 'access_review_instance' })
@Index('access_review_instance_occurrence_key', ['reviewId', 'roleId', 'occurrence'], { unique: true })
export class AccessReviewInstanceEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'access_review_instance_pkey' })
  id: string;

  @Column({ name: 'review_id', type: 'uuid' })
  reviewId: string;

  @ManyToOne(() => AccessReviewEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'review_id', foreignKeyConstraintName: 'access_review_instance_review_id_fkey' })
  review?: AccessReviewEntity;

  @Column({ name: 'role_id', type: 'uuid' })
  roleId: string;

  /** 1 for the first. */
  @Column({ type: 'integer' })
  occurrence: number;

  @Index('access_review_instance_status_idx')
  @Column({ type: 'text' })
  status: string;

  @Column({ name: 'start_at', type: 'timestamptz' })
  startAt: Date;

  @Column({ name: 'end_at', type: 'timestamptz' })
  endAt: Date;

  @Column({ name: 'started_at', type: 'timestamptz', nullable: true })
  startedAt: Date | null;

  @Column({ name: 'completed_at', type: 'timestamptz', nullable: true })
  completedAt: Date | null;

  /** Who stopped it early (null: it ran to its end, or has not ended). */
  @Column({ name: 'stopped_by_id', type: 'uuid', nullable: true })
  stoppedById: string | null;

  @Column({ name: 'applied_at', type: 'timestamptz', nullable: true })
  appliedAt: Date | null;

  @Column({ name: 'reminded_at', type: 'timestamptz', nullable: true })
  remindedAt: Date | null;

  @Column({ type: 'integer', default: 0 })
  total: number;

  /** Items with an answer (DONT_KNOW included). */
  @Column({ type: 'integer', default: 0 })
  decided: number;
}

/**
 * One holding under review, snapshotted when its instance started: the schedule, its holder, role and scope, the
 * reviewer of its own (SELF: the holder; MANAGER: their manager), the recommendation, the decision (the last one
 * submitted wins), what completion settled, and whether applying it worked.
 */
@Entity({ name: 'access_review_item' })
@Index('access_review_item_instance_id_idx', ['instanceId', 'id'])
@Index('access_review_item_reviewer_id_idx', ['reviewerId', 'instanceId', 'id'])
export class AccessReviewItemEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'access_review_item_pkey' })
  id: string;

  @Column({ name: 'instance_id', type: 'uuid' })
  instanceId: string;

  @ManyToOne(() => AccessReviewInstanceEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'instance_id', foreignKeyConstraintName: 'access_review_item_instance_id_fkey' })
  instance?: AccessReviewInstanceEntity;

  @Index('access_review_item_assignment_id_idx')
  @Column({ name: 'assignment_id', type: 'uuid' })
  assignmentId: string;

  @Column({ name: 'principal_id', type: 'uuid' })
  principalId: string;

  @Column({ name: 'principal_type', type: 'text' })
  principalType: string;

  @Column({ name: 'role_id', type: 'uuid' })
  roleId: string;

  @Column({ name: 'scope_id', type: 'uuid' })
  scopeId: string;

  @Column({ name: 'assignment_type', type: 'text' })
  assignmentType: string;

  @Column({ name: 'reviewer_id', type: 'uuid', nullable: true })
  reviewerId: string | null;

  @Column({ type: 'text' })
  recommendation: string;

  @Column({ name: 'recommendation_reason', type: 'text' })
  recommendationReason: string;

  @Column({ type: 'text', nullable: true })
  decision: string | null;

  @Column({ type: 'text', nullable: true })
  reason: string | null;

  @Column({ name: 'reviewed_by_id', type: 'uuid', nullable: true })
  reviewedById: string | null;

  @Column({ name: 'reviewed_at', type: 'timestamptz', nullable: true })
  reviewedAt: Date | null;

  @Column({ type: 'text', nullable: true })
  outcome: string | null;

  /** The outcome came from the review's default decision (nobody answered, or DONT_KNOW). */
  @Column({ name: 'outcome_by_default', type: 'boolean', default: false })
  outcomeByDefault: boolean;

  @Column({ type: 'boolean', default: false })
  applied: boolean;

  @Column({ name: 'applied_at', type: 'timestamptz', nullable: true })
  appliedAt: Date | null;

  @Column({ name: 'apply_error', type: 'text', nullable: true })
  applyError: string | null;
}
