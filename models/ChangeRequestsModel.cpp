#include "ChangeRequestsModel.h"

#include "CoreServices.h"

#include <QColor>
#include <QDateTime>
#include <QLocale>

namespace warden {

namespace {

QString localTime(const QString& iso)
{
    const QDateTime at = QDateTime::fromString(iso, Qt::ISODateWithMs);
    return at.isValid() ? QLocale().toString(at.toLocalTime(), QLocale::ShortFormat) : iso;
}

} // namespace

ChangeRequestsModel::ChangeRequestsModel(CoreServices& core, Actor actor, qint64 accountId, QObject* parent)
    : QAbstractTableModel(parent)
    , m_core(core)
    , m_actor(std::move(actor))
    , m_accountId(accountId)
{
    connect(&core.notifier(), &ChangeNotifier::changeRequestsChanged, this, [this](qint64 changedAccountId) {
        if (changedAccountId == m_accountId) {
            reload();
        }
    });
    reload();
}

void ChangeRequestsModel::reload()
{
    beginResetModel();
    auto requests = m_core.changeRequests().requests(m_actor, m_accountId);
    m_requests = requests ? requests.value() : QList<ChangeRequest>();
    m_loadError = requests ? QString() : requests.refusal().message;
    endResetModel();
}

int ChangeRequestsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_requests.size());
}

int ChangeRequestsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const ChangeRequest* ChangeRequestsModel::requestAt(int row) const
{
    return row >= 0 && row < m_requests.size() ? &m_requests.at(row) : nullptr;
}

int ChangeRequestsModel::rowOf(qint64 requestId) const
{
    for (int row = 0; row < m_requests.size(); ++row) {
        if (m_requests.at(row).id == requestId) {
            return row;
        }
    }
    return -1;
}

QString ChangeRequestsModel::describe(const ChangeRequest& request)
{
    switch (request.kind) {
    case ChangeRequestKind::AddMember:
        return tr("Add %1 to %2").arg(request.targetEmail, request.roleName);
    case ChangeRequestKind::RemoveMember:
        return tr("Remove %1 from %2").arg(request.targetEmail, request.roleName);
    case ChangeRequestKind::ResetPassword:
        return tr("Reset the password of %1").arg(request.targetEmail);
    case ChangeRequestKind::ContentViewOn:
    case ChangeRequestKind::ContentViewOff:
        return changeRequestKindDisplayName(request.kind);
    }
    return {};
}

QVariant ChangeRequestsModel::data(const QModelIndex& index, int role) const
{
    const ChangeRequest* request = index.isValid() ? requestAt(index.row()) : nullptr;
    if (request == nullptr) {
        return {};
    }
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case IdColumn:
            return request->id;
        case StatusColumn:
            return changeRequestStatusDisplayName(request->status);
        case ChangeColumn:
            return describe(*request);
        case RequestedByColumn:
            return request->requestedBy;
        case RequestedAtColumn:
            return localTime(request->requestedAt);
        case DecidedColumn:
            if (request->status == ChangeRequestStatus::Pending) {
                return tr("Expires %1")
                    .arg(QLocale().toString(QDateTime::fromSecsSinceEpoch(request->expiresAt), QLocale::ShortFormat));
            }
            return request->decidedBy.isEmpty() ? QString()
                                                : tr("%1, %2").arg(request->decidedBy, localTime(request->decidedAt));
        default:
            return {};
        }
    case Qt::ToolTipRole:
        return request->decisionNote.isEmpty()
            ? request->justification
            : tr("%1\n\nDecision: %2").arg(request->justification, request->decisionNote);
    case Qt::ForegroundRole:
        return request->status == ChangeRequestStatus::Pending ? QVariant() : QVariant(QColor(Qt::darkGray));
    case RequestIdRole:
        return request->id;
    case StatusRole:
        return changeRequestStatusKey(request->status);
    case JustificationRole:
        return request->justification;
    default:
        return {};
    }
}

QVariant ChangeRequestsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case IdColumn:
        return tr("#");
    case StatusColumn:
        return tr("Status");
    case ChangeColumn:
        //: Change requests column: the change asked for (noun).
        return tr("Change");
    case RequestedByColumn:
        return tr("Requested by");
    case RequestedAtColumn:
        //: Change requests column: when the request was filed.
        return tr("Requested");
    case DecidedColumn:
        return tr("Decided / expires");
    default:
        return {};
    }
}

QHash<int, QByteArray> ChangeRequestsModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(RequestIdRole, "requestId");
    names.insert(StatusRole, "status");
    names.insert(JustificationRole, "justification");
    return names;
}

} // namespace warden
