#include "PeoplePicker.h"

#include "domain/EmailAddress.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QLineEdit>
#include <QTableView>
#include <QVBoxLayout>

namespace warden {

PeoplePicker::PeoplePicker(CoreServices& core, const Actor& actor, Mode mode, QWidget* parent)
    : QWidget(parent)
    , m_mode(mode)
    , m_search(new QLineEdit(this))
    , m_results(new QTableView(this))
    , m_model(new DirectorySearchModel(core, actor, this))
{
    setObjectName(QStringLiteral("peoplePicker"));
    m_model->setCheckable(mode == Mode::Many);
    m_search->setObjectName(QStringLiteral("searchLineEdit"));
    m_search->setAccessibleName(tr("Search the directory"));
    m_search->setPlaceholderText(tr("Search by address or any part of the name…"));
    m_search->setClearButtonEnabled(true);
    m_results->setObjectName(QStringLiteral("resultsTableView"));
    m_results->setAccessibleName(tr("Directory search results"));
    m_results->setAccessibleDescription(
        tr("Down from the search box moves here; %1")
            .arg(mode == Mode::Many ? tr("Space ticks a person.") : tr("the selected person is the one chosen.")));
    m_results->setModel(m_model);
    m_results->setTabKeyNavigation(false);
    m_results->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_results->setSelectionMode(QAbstractItemView::SingleSelection);
    m_results->setAlternatingRowColors(true);
    m_results->setWordWrap(false);
    m_results->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_results->verticalHeader()->hide();
    QHeaderView* header = m_results->horizontalHeader();
    header->setSectionResizeMode(DirectorySearchModel::NameColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(DirectorySearchModel::EmailColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(DirectorySearchModel::StatusColumn, QHeaderView::ResizeToContents);
    setFocusProxy(m_search);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search);
    layout->addWidget(m_results, 1);

    m_debounce.setSingleShot(true);
    m_debounce.setInterval(kDebounceMs);
    connect(&m_debounce, &QTimer::timeout, this, &PeoplePicker::runSearch);
    connect(m_search, &QLineEdit::textChanged, this, [this] {
        m_debounce.start();
        if (m_mode == Mode::One) {
            // Typing starts a new choice: the row chosen for the old text no longer is.
            m_results->setCurrentIndex({});
            Q_EMIT chosenChanged();
        }
    });
    m_search->installEventFilter(this);
    connect(m_results->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        if (m_mode == Mode::One) {
            Q_EMIT chosenChanged();
        }
    });
    connect(m_results, &QAbstractItemView::doubleClicked, this, [this](const QModelIndex& index) {
        if (!index.data(DirectorySearchModel::UnavailableRole).toString().isEmpty()) {
            return;
        }
        if (m_mode == Mode::One) {
            Q_EMIT chosenActivated();
            return;
        }
        const QModelIndex box = index.siblingAtColumn(DirectorySearchModel::NameColumn);
        const bool checked = box.data(Qt::CheckStateRole).value<Qt::CheckState>() == Qt::Checked;
        m_model->setData(box, checked ? Qt::Unchecked : Qt::Checked, Qt::CheckStateRole);
    });
}

void PeoplePicker::setScope(qint64 accountId, qint64 roleId, DirectorySearchModel::Source source)
{
    m_accountId = accountId;
    m_roleId = roleId;
    m_model->setSource(source);
    m_debounce.stop();
    runSearch();
}

void PeoplePicker::setUnavailable(const QHash<QString, QString>& reasons)
{
    m_model->setUnavailable(reasons);
    if (m_accountId != 0) {
        runSearch();
    }
}

void PeoplePicker::setSearchText(const QString& text)
{
    m_search->setText(text);
    m_debounce.stop();
    runSearch();
}

void PeoplePicker::placeInTabOrder(QWidget* before, QWidget* after)
{
    QWidget::setTabOrder(before, m_search);
    QWidget::setTabOrder(m_search, m_results);
    QWidget::setTabOrder(m_results, after);
}

bool PeoplePicker::runPendingSearch()
{
    if (!m_debounce.isActive()) {
        return false;
    }
    m_debounce.stop();
    runSearch();
    return true;
}

void PeoplePicker::runSearch()
{
    if (m_accountId == 0) {
        return;
    }
    m_model->search(m_accountId, m_roleId, m_search->text().trimmed());
    if (m_mode == Mode::One) {
        chooseExactMatch();
        Q_EMIT chosenChanged();
    }
    Q_EMIT searched();
}

void PeoplePicker::chooseExactMatch()
{
    const QString typed = m_search->text().trimmed();
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex index = m_model->index(row, DirectorySearchModel::NameColumn);
        if (index.data(DirectorySearchModel::EmailRole).toString().compare(typed, Qt::CaseInsensitive) == 0
            && index.data(DirectorySearchModel::UnavailableRole).toString().isEmpty()) {
            m_results->setCurrentIndex(index);
            return;
        }
    }
}

QString PeoplePicker::chosenEmail() const
{
    if (hasChosenPerson()) {
        return m_results->currentIndex().data(DirectorySearchModel::EmailRole).toString();
    }
    const QString typed = m_search->text().trimmed();
    return EmailAddress::isValid(typed) ? typed : QString();
}

bool PeoplePicker::hasChosenPerson() const
{
    const QModelIndex current = m_results->currentIndex();
    return current.isValid() && current.data(DirectorySearchModel::UnavailableRole).toString().isEmpty();
}

QString PeoplePicker::chosenName() const
{
    return hasChosenPerson()
        ? m_results->currentIndex().siblingAtColumn(DirectorySearchModel::NameColumn).data().toString()
        : QString();
}

bool PeoplePicker::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        // Return while a search is still pending runs it (and submits nothing); with the results
        // up to date it falls through to the dialog's default button.
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && runPendingSearch()) {
            return true;
        }
        // Down moves into the results, on the chosen row or the first.
        if (key->key() == Qt::Key_Down) {
            runPendingSearch();
            if (m_model->rowCount() > 0) {
                m_results->setFocus(Qt::TabFocusReason);
                if (!m_results->currentIndex().isValid()) {
                    m_results->setCurrentIndex(m_model->index(0, DirectorySearchModel::NameColumn));
                }
                return true;
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace warden
