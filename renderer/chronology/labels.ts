import type { MessageKey } from '../../shared/i18n';
import type { ActorRole, EventType, VerificationStatus } from '../../shared/model/chronology';

export const roleKey = (role: ActorRole) => `chronology.role.${role}` as MessageKey;
export const typeKey = (type: EventType) => `chronology.type.${type}` as MessageKey;
export const statusKey = (status: VerificationStatus) => `chronology.status.${status}` as MessageKey;
