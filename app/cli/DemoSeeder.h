#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

namespace warden {

class CoreServices;

/// A demo administrator created by DemoSeeder, with the TOTP secret to put in an app.
struct DemoAdmin
{
    QString email;
    QString role;
    QString accountCode;
    QString totpSecret; ///< base32
};

/// Fills an empty database with a realistic demo: a standard account (Acme) and a master
/// account (Globex) with a group and three mail-processing accounts (domains linked down from
/// the master), a partner (Northwind MSP) that manages Acme, Globex UK and Initech, generated
/// directories, administrators of several roles and a custom role. Runs as the system actor, audited.
class Write;

class DemoSeeder
{
    Q_DECLARE_TR_FUNCTIONS(DemoSeeder)

public:
    static inline const QString kDemoPassword = QStringLiteral("Warden-demo-2026");

    explicit DemoSeeder(CoreServices& core);
    [[nodiscard]] Result<QList<DemoAdmin>> seed(int userCount);

    /// Deterministic generated person number `i`: display name and local part of the address.
    static QPair<QString, QString> person(int i);
    /// Keychain entry holding a demo administrator's TOTP secret.
    static QString demoSecretKey(const QString& databaseId, const QString& email);

private:
    [[nodiscard]] Result<QList<DemoAdmin>> seedInside(Write& write, int userCount);
    /// The accounts with their domains and generated directories.
    [[nodiscard]] Status seedAccounts(int userCount, QHash<QString, qint64>& accountIds, QStringList& acmeStaff);
    /// One administrator per persona, with the demo password and a TOTP secret kept in the keychain.
    [[nodiscard]] Result<QList<DemoAdmin>> seedAdministrators(const QHash<QString, qint64>& accountIds);
    /// A custom role and a few ordinary members, so the tree has something to show.
    [[nodiscard]] Status seedRoles(qint64 acme, const QStringList& helpers);
    /// A partner (MSP) that manages Acme, Globex UK and Initech.
    [[nodiscard]] Status seedPartner(const QHash<QString, qint64>& accountIds);
    /// Account contacts for protected-role approvals, and one request waiting for Erin.
    [[nodiscard]] Status seedRequest(qint64 acme, const QStringList& helpers);

    CoreServices& m_core;
};

} // namespace warden
