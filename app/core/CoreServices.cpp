#include "CoreServices.h"

#include "Logging.h"
#include "authorization/ClientAddress.h"
#include "storage/DatabaseConnector.h"

namespace warden {

CoreServices::~CoreServices()
{
    // What this computer has seen of the audit log, for the next start-up's comparison.
    if (m_audit) {
        if (auto remembered = m_audit->rememberNewest(); !remembered) {
            logger("core.audit")
                ->warn("could not remember the audit log's newest entry: {}",
                       remembered.refusal().message.toStdString());
        }
    }
}

Result<std::unique_ptr<CoreServices>> CoreServices::open(const QString& location, const Keychain& keychain,
                                                         const AuthService::Clock& clock,
                                                         const PasswordPrompt& askPassword)
{
    // Secrets live only in the keychain: without one, nothing is created (no database file).
    if (auto available = keychain.checkAvailable(); !available) {
        return available.refusal();
    }
    auto database = DatabaseConnector(keychain).connect(location, askPassword);
    if (!database) {
        return database.refusal();
    }
    auto secrets = DatabaseSecrets::load(*database.value(), keychain);
    if (!secrets) {
        return secrets.refusal();
    }
    std::unique_ptr<CoreServices> core(new CoreServices);
    core->m_database = std::move(database).value();
    core->m_secrets = std::move(secrets).value();
    core->m_authorizer = std::make_unique<Authorizer>(*core->m_database);
    core->m_audit = std::make_unique<AuditLog>(*core->m_database, *core->m_secrets, *core->m_authorizer,
                                               *core->m_notifier, keychain);
    // What the Authorizer remembers of anyone's roles is dropped with every committed change.
    QObject::connect(
        core->m_notifier.get(), &ChangeNotifier::changed, core->m_notifier.get(),
        [authorizer = core->m_authorizer.get()](Changed what, qint64 id) { authorizer->forget(what, id); });
    core->m_writes =
        std::make_unique<WritePath>(*core->m_database, *core->m_authorizer, *core->m_audit, *core->m_notifier);
    core->m_accounts = std::make_unique<AccountService>(*core->m_database, *core->m_authorizer, *core->m_writes);
    core->m_directory = std::make_unique<DirectoryService>(*core->m_database, *core->m_authorizer, *core->m_writes);
    core->m_roles = std::make_unique<RoleService>(*core->m_database, *core->m_authorizer, *core->m_writes);
    core->m_auth = std::make_unique<AuthService>(*core->m_database, *core->m_secrets, *core->m_writes,
                                                 *core->m_accounts, *core->m_directory, clock);
    core->m_sessions = std::make_unique<SessionService>(*core->m_database, *core->m_writes, *core->m_auth, clock);
    core->m_adminWrites = std::make_unique<AdministratorWrites>(*core->m_database, keychain);
    core->m_admins =
        std::make_unique<AdminService>(*core->m_database, *core->m_authorizer, *core->m_writes, *core->m_adminWrites);
    core->m_backupCredentials = std::make_unique<BackupCredentialService>(
        *core->m_database, *core->m_authorizer, *core->m_writes, *core->m_auth, *core->m_adminWrites);
    core->m_health = std::make_unique<HealthService>(*core->m_database, *core->m_authorizer, *core->m_writes,
                                                     *core->m_backupCredentials, clock);
    core->m_changeRequests = std::make_unique<ChangeRequestService>(
        *core->m_database, *core->m_authorizer, *core->m_writes, *core->m_auth, *core->m_adminWrites, clock);
    core->m_contacts = std::make_unique<AccountContactService>(*core->m_database, *core->m_authorizer, *core->m_writes);
    core->m_auth->setClientAddress(ClientAddress::detect(*core->m_database));
    core->m_partners = std::make_unique<PartnerService>(*core->m_database, *core->m_authorizer, *core->m_writes);
    core->m_importer = std::make_unique<ImportService>(*core->m_database, *core->m_authorizer, *core->m_writes);
    core->m_sync = std::make_unique<SyncService>(*core->m_database, *core->m_authorizer, *core->m_writes, keychain);
    core->m_computers =
        std::make_unique<ComputerService>(*core->m_database, *core->m_secrets, *core->m_authorizer, *core->m_writes,
                                          *core->m_audit, *core->m_auth, keychain, clock);
    core->m_auth->setOnSignedIn(
        [computers = core->m_computers.get()](const Actor& actor) { return computers->noteSignIn(actor); });
    core->m_feed = std::make_unique<ChangeFeed>(*core->m_database, *core->m_notifier, core->m_writes->origin());
    if (auto settled = core->m_computers->settle(); !settled) {
        return settled.refusal();
    }
    auto remembered = core->m_audit->checkAgainstRemembered();
    if (!remembered) {
        return remembered.refusal();
    }
    core->m_startupWarning = remembered.value();
    if (!core->m_startupWarning.isEmpty()) {
        logger("core.audit")->error("the audit log is not consistent with what this computer has seen of it");
        // Written to the log too, for the account's auditors; a log this console cannot write to (cut
        // short under its head record) still opens, with the warning on screen.
        if (auto written = core->m_computers->recordWitnessFailure(core->m_startupWarning); !written) {
            logger("core.audit")
                ->error("could not write the witness failure to the audit log: {}",
                        written.refusal().message.toStdString());
        }
    } else if (!core->m_computers->signingProblem().isEmpty()) {
        core->m_startupWarning = core->m_computers->signingProblem();
        logger("core.audit")->error("the audit log could not be moved to signed entries");
    }
    return core;
}

} // namespace warden
