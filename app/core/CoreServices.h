#pragma once

#include "ChangeNotifier.h"
#include "Result.h"
#include "audit/AuditLog.h"
#include "authorization/Authorizer.h"
#include "feed/ChangeFeed.h"
#include "security/DatabaseSecrets.h"
#include "security/Keychain.h"
#include "services/AccountContactService.h"
#include "services/AccountService.h"
#include "services/AdminService.h"
#include "services/AdministratorWrites.h"
#include "services/AuthService.h"
#include "services/BackupCredentialService.h"
#include "services/ChangeRequestService.h"
#include "services/ComputerService.h"
#include "services/DirectoryService.h"
#include "services/HealthService.h"
#include "services/ImportService.h"
#include "services/PartnerService.h"
#include "services/RoleService.h"
#include "services/SessionService.h"
#include "services/SyncService.h"
#include "storage/Database.h"
#include "storage/DatabaseConnector.h"
#include "write/WritePath.h"

#include <memory>

namespace warden {

/// Everything the core offers over one open database, wired together: the GUI, wardenctl,
/// tests and benchmarks open one of these and call its services.
class CoreServices
{
public:
    /// A PostgreSQL password, when the database asks for one that the keychain does not hold.
    using PasswordPrompt = DatabaseConnector::PasswordPrompt;

    /// Opens (creating and migrating as needed) the database and loads its key from the keychain.
    [[nodiscard]] static Result<std::unique_ptr<CoreServices>> open(const QString& location,
                                                                    const Keychain& keychain = Keychain(),
                                                                    const AuthService::Clock& clock = {},
                                                                    const PasswordPrompt& askPassword = {});
    CoreServices(const CoreServices&) = delete;
    CoreServices& operator=(const CoreServices&) = delete;
    ~CoreServices();

    Database& database() { return *m_database; }
    ChangeNotifier& notifier() { return *m_notifier; }
    AuditLog& audit() { return *m_audit; }
    Authorizer& authorizer() { return *m_authorizer; }
    WritePath& writes() { return *m_writes; }
    AccountService& accounts() { return *m_accounts; }
    DirectoryService& directory() { return *m_directory; }
    RoleService& roles() { return *m_roles; }
    PartnerService& partners() { return *m_partners; }
    ImportService& importer() { return *m_importer; }
    HealthService& health() { return *m_health; }
    AuthService& auth() { return *m_auth; }
    SessionService& sessions() { return *m_sessions; }
    AdminService& admins() { return *m_admins; }
    BackupCredentialService& backupCredentials() { return *m_backupCredentials; }
    ChangeRequestService& changeRequests() { return *m_changeRequests; }
    AccountContactService& contacts() { return *m_contacts; }
    ComputerService& computers() { return *m_computers; }
    SyncService& sync() { return *m_sync; }
    /// What other consoles commit, announced through notifier() once started (the console and
    /// `wardenctl watch` start it; one-shot commands do not).
    ChangeFeed& feed() { return *m_feed; }

    /// What start-up found wrong but did not stop for (the audit log is shorter than this computer
    /// has seen it); empty when nothing. The GUI and wardenctl show it.
    [[nodiscard]] const QString& startupWarning() const { return m_startupWarning; }

private:
    CoreServices() = default;

    std::unique_ptr<ChangeNotifier> m_notifier = std::make_unique<ChangeNotifier>();
    std::unique_ptr<Database> m_database;
    std::unique_ptr<DatabaseSecrets> m_secrets;
    std::unique_ptr<AuditLog> m_audit;
    std::unique_ptr<Authorizer> m_authorizer;
    std::unique_ptr<WritePath> m_writes;
    std::unique_ptr<AccountService> m_accounts;
    std::unique_ptr<DirectoryService> m_directory;
    std::unique_ptr<RoleService> m_roles;
    std::unique_ptr<PartnerService> m_partners;
    std::unique_ptr<ImportService> m_importer;
    std::unique_ptr<HealthService> m_health;
    std::unique_ptr<AuthService> m_auth;
    std::unique_ptr<SessionService> m_sessions;
    std::unique_ptr<AdministratorWrites> m_adminWrites;
    std::unique_ptr<AdminService> m_admins;
    std::unique_ptr<BackupCredentialService> m_backupCredentials;
    std::unique_ptr<ChangeRequestService> m_changeRequests;
    std::unique_ptr<AccountContactService> m_contacts;
    std::unique_ptr<ComputerService> m_computers;
    std::unique_ptr<SyncService> m_sync;
    std::unique_ptr<ChangeFeed> m_feed;
    QString m_startupWarning;
};

} // namespace warden
