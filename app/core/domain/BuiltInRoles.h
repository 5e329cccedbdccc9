#pragma once

#include "Permissions.h"

#include <QList>
#include <QString>

namespace warden {

enum class AccountKind;
struct Role;

/// One built-in role of DOMAIN.md: its stable key, English name and exact permission matrix.
struct BuiltInRole
{
    QString key;
    QString name;
    QString description;
    PermissionSet permissions;
    bool alwaysProtected = false; ///< protected by policy even without protected permissions
    bool masterOnly = false; ///< offered only on master accounts
    bool partnerOnly = false; ///< assignable only to partner (MSP) administrators
    bool appliesToNested = false; ///< holders also act in the accounts nested below
    bool editable = true; ///< false for Super Administrator, which nobody may edit
    bool neverProtected = false; ///< Partner Administrator: DelegateMailbox without protection
};

/// The built-in role catalogue: the one table in code that says what every built-in role may do.
/// Where the seeds are vague it grants the least privilege that still fits the description.
class BuiltInRoles
{
public:
    static const QList<BuiltInRole>& all();
    static const BuiltInRole* find(const QString& key);
    /// The role's description in the user's language: a built-in role's catalogue description is
    /// translated (its stored English text); one an administrator edited is shown as written.
    static QString displayDescription(const Role& role);
    /// The roles a new account of `kind` starts with.
    static QList<const BuiltInRole*> forAccountKind(AccountKind kind);

    static inline const QString kSuperAdministrator = QStringLiteral("super_administrator");
    static inline const QString kFullAdministrator = QStringLiteral("full_administrator");
    static inline const QString kBasicAdministrator = QStringLiteral("basic_administrator");
    static inline const QString kHelpDeskAdministrator = QStringLiteral("help_desk_administrator");
    static inline const QString kGatewayAdministrator = QStringLiteral("gateway_administrator");
    static inline const QString kDiscoveryOfficer = QStringLiteral("discovery_officer");
    static inline const QString kSyncEngineAdministrator = QStringLiteral("sync_engine_administrator");
    static inline const QString kPartnerAdministrator = QStringLiteral("partner_administrator");
    static inline const QString kMasterAdministrator = QStringLiteral("master_administrator");
    static inline const QString kMigrationAdministrator = QStringLiteral("migration_administrator");
};

} // namespace warden
