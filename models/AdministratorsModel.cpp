#include "AdministratorsModel.h"

#include "CoreServices.h"
#include "ReadableGrey.h"

#include <QColor>
#include <QDateTime>
#include <QLocale>

namespace warden {

AdministratorsModel::AdministratorsModel(CoreServices& core, Actor actor, qint64 accountId, QObject* parent)
    : QAbstractTableModel(parent)
    , m_core(core)
    , m_actor(std::move(actor))
    , m_accountId(accountId)
{
    connect(&core.notifier(), &ChangeNotifier::administratorsChanged, this, [this](qint64 changedAccountId) {
        if (changedAccountId == m_accountId) {
            reload();
        }
    });
    connect(&core.notifier(), &ChangeNotifier::membersChanged, this, &AdministratorsModel::reload);
    connect(&core.notifier(), &ChangeNotifier::directoryChanged, this, [this](qint64 changedAccountId) {
        if (changedAccountId == m_accountId) {
            reload();
        }
    });
    reload();
}

void AdministratorsModel::reload()
{
    beginResetModel();
    auto admins = m_core.admins().administrators(m_actor, m_accountId);
    m_admins = admins ? admins.value() : QList<AdministratorSummary>();
    m_loadError = admins ? QString() : admins.refusal().message;
    endResetModel();
}

int AdministratorsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_admins.size());
}

int AdministratorsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const AdministratorSummary* AdministratorsModel::adminAt(int row) const
{
    return row >= 0 && row < m_admins.size() ? &m_admins.at(row) : nullptr;
}

int AdministratorsModel::rowOf(const QString& email) const
{
    for (int row = 0; row < m_admins.size(); ++row) {
        if (m_admins.at(row).email.compare(email, Qt::CaseInsensitive) == 0) {
            return row;
        }
    }
    return -1;
}

QString AdministratorsModel::secondFactorText(SecondFactorState state)
{
    switch (state) {
    case SecondFactorState::IdentityProvider:
        return tr("By identity provider");
    case SecondFactorState::Enrolled:
        return tr("Authenticator app");
    case SecondFactorState::PendingEnrollment:
        return tr("Enrolls at next sign-in");
    case SecondFactorState::NotSetUp:
        return tr("Not set up");
    }
    return {};
}

QVariant AdministratorsModel::data(const QModelIndex& index, int role) const
{
    const AdministratorSummary* admin = index.isValid() ? adminAt(index.row()) : nullptr;
    if (admin == nullptr) {
        return {};
    }
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case EmailColumn:
            return admin->email;
        case NameColumn:
            return admin->displayName;
        case RolesColumn:
            return admin->roles.join(QStringLiteral(", "));
        case MethodColumn:
            // Short: the Second factor column beside it says how the second step is done.
            if (admin->secondFactor == SecondFactorState::NotSetUp) {
                return tr("Not set up");
            }
            //: Admin Management's Sign-in column: a Warden password (the authenticator is in the next column).
            return admin->authMethod == AuthMethod::LocalPassword ? tr("Password") : tr("Single sign-on");
        case SecondFactorColumn:
            return secondFactorText(admin->secondFactor);
        case LastSignInColumn: {
            if (admin->lastSignIn.isEmpty()) {
                //: Last sign-in column: the administrator has never signed in.
                return tr("Never");
            }
            const QDateTime at = QDateTime::fromString(admin->lastSignIn, Qt::ISODateWithMs);
            return at.isValid() ? QLocale().toString(at.toLocalTime(), QLocale::ShortFormat) : admin->lastSignIn;
        }
        case BackupColumn:
            //: Backup column: marks a break-glass (backup) administrator account.
            return admin->isBackup ? tr("Backup") : QString();
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == SecondFactorColumn && admin->secondFactor == SecondFactorState::PendingEnrollment) {
            return tr("Sets a new password and scans a new QR code at the next sign-in.");
        }
        if (admin->isBackup) {
            return tr("Backup (break-glass) account: its password is kept in the OS keychain.");
        }
        if (admin->disabled) {
            return tr("Disabled in the directory.");
        }
        if (index.column() == RolesColumn) {
            return admin->roles.join(QStringLiteral(", ")); // elided when the dialog is narrow
        }
        if (index.column() == NameColumn) {
            return admin->displayName;
        }
        if (index.column() == MethodColumn && admin->secondFactor != SecondFactorState::NotSetUp) {
            return authMethodDisplayName(admin->authMethod);
        }
        return {};
    case Qt::ForegroundRole:
        if (admin->disabled || admin->secondFactor == SecondFactorState::NotSetUp) {
            return readableGrey();
        }
        return {};
    case UserIdRole:
        return admin->userId;
    case EmailRole:
        return admin->email;
    case IsBackupRole:
        return admin->isBackup;
    case HoldsProtectedRoleRole:
        return admin->holdsProtectedRole;
    default:
        return {};
    }
}

QVariant AdministratorsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case EmailColumn:
        return tr("Email address");
    case NameColumn:
        return tr("Name");
    case RolesColumn:
        return tr("Roles");
    case MethodColumn:
        return tr("Sign-in");
    case SecondFactorColumn:
        return tr("Second factor");
    case LastSignInColumn:
        return tr("Last sign-in");
    case BackupColumn:
        return tr("Backup");
    default:
        return {};
    }
}

QHash<int, QByteArray> AdministratorsModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(UserIdRole, "userId");
    names.insert(EmailRole, "email");
    names.insert(IsBackupRole, "isBackup");
    names.insert(HoldsProtectedRoleRole, "holdsProtectedRole");
    return names;
}

} // namespace warden
