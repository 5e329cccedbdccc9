#pragma once

#include "authorization/Actor.h"
#include "domain/User.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSet>

namespace warden {

class CoreServices;

/// Results of a directory search for the people pickers: pages of 50 by keyset on the user id
/// (canFetchMore/fetchMore), a check box per row when picking many, and people who cannot be
/// picked (already hold the role, disabled, or excluded by the dialog with a reason) shown
/// greyed out in a colour that keeps readable contrast. Searching is done by the core (FTS5 /
/// btree prefixes), in an account's directory or among the staff of its partners.
class DirectorySearchModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, EmailColumn, StatusColumn, ColumnCount };
    enum Roles {
        IdRole = Qt::UserRole + 1, ///< qint64 user id
        EmailRole, ///< primary SMTP address
        AlreadyMemberRole, ///< bool: holds the role already
        UnavailableRole, ///< QString: why the row cannot be picked, empty when it can
    };
    /// Where the people come from.
    enum class Source {
        AccountDirectory, ///< the account's internal directory
        PartnerStaff, ///< the staff of the partners the account delegates to
    };

    static constexpr int kPageSize = 50;

    DirectorySearchModel(CoreServices& core, Actor actor, QObject* parent = nullptr);

    /// Starts a new search in `accountId`, marking members of `roleId`; loads the first page.
    void search(qint64 accountId, qint64 roleId, const QString& text);
    void setSource(Source source) { m_source = source; }
    /// Whether rows carry check boxes (picking many) or not (picking one by selection).
    void setCheckable(bool checkable) { m_checkable = checkable; }
    /// People who cannot be picked, by lower-case address, with the reason shown in their row.
    void setUnavailable(const QHash<QString, QString>& reasons) { m_unavailable = reasons; }
    [[nodiscard]] QStringList checkedEmails() const;
    /// Ticks (or unticks) every selectable row loaded so far; returns how many changed.
    int setAllLoadedChecked(bool checked);
    [[nodiscard]] int checkedCount() const { return int(m_checked.size()); }
    [[nodiscard]] QString lastError() const { return m_lastError; }

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    [[nodiscard]] Qt::ItemFlags flags(const QModelIndex& index) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    [[nodiscard]] bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

Q_SIGNALS:
    void checkedCountChanged(int count);

private:
    struct Row
    {
        User user;
        bool member = false;
        QString unavailable; ///< why it cannot be picked; empty when it can
    };
    [[nodiscard]] QList<Row> loadPage();

    CoreServices& m_core;
    Actor m_actor;
    qint64 m_accountId = 0;
    qint64 m_roleId = 0;
    QString m_text;
    qint64 m_afterId = 0;
    bool m_hasMore = false;
    QList<Row> m_rows;
    QSet<QString> m_checked; ///< addresses, kept across pages and searches
    Source m_source = Source::AccountDirectory;
    bool m_checkable = true;
    QHash<QString, QString> m_unavailable;
    QString m_lastError;
};

} // namespace warden
