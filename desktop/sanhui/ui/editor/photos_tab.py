"""照片: thumbnails of the meeting's photos; add from files, caption, remove."""
from __future__ import annotations

import logging
from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
)

from sanhui.core.model import Changes, MeetingRecord
from sanhui.core.store.photos import add_photo, list_photos, photo_thumb, remove_photo, set_photo_caption
from sanhui.errors import SanhuiError
from sanhui.ui.editor.common import EditorTab, error_label, hint, show_error

log = logging.getLogger(__name__)

IMAGE_FILTER = "图片 (*.jpg *.jpeg *.png *.bmp *.gif *.tif *.tiff *.webp *.heic);;所有文件 (*)"
ICON_SIDE = 200


class PhotosTab(EditorTab):
    def __init__(self, session, record: MeetingRecord, parent=None):
        super().__init__(session, parent)
        self.meeting_id = record.id
        self._captions: dict[str, str] = {}  # photo id -> caption typed, not saved yet
        self.list = QListWidget()
        self.list.setViewMode(QListView.IconMode)
        self.list.setIconSize(QSize(ICON_SIDE, ICON_SIDE))
        self.list.setGridSize(QSize(ICON_SIDE + 40, ICON_SIDE + 56))
        self.list.setResizeMode(QListView.Adjust)
        self.list.setMovement(QListView.Static)
        self.list.setWordWrap(True)
        self.add_button = QPushButton(self.tr("添加照片(&A)…"))
        self.remove_button = QPushButton(self.tr("删除照片(&E)"))
        self.caption = QLineEdit()
        self.caption.setPlaceholderText(self.tr("例如：党员重温入党誓词"))
        caption_label = QLabel(self.tr("照片说明(&M)"))
        caption_label.setBuddy(self.caption)
        self.error = error_label()
        self.empty = hint(self.tr("还没有照片。点“添加照片”，选择会议现场或签到表的照片（可以一次选多张）。"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addSpacing(20)
        buttons.addWidget(caption_label)
        buttons.addWidget(self.caption, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(hint(self.tr(
            "照片会自动缩小后保存在数据文件里（原文件不变）。签到表签字后也可以拍照加在这里。"
        )))
        layout.addLayout(buttons)
        layout.addWidget(self.error)
        layout.addWidget(self.empty)
        layout.addWidget(self.list, 1)
        self.add_button.clicked.connect(self._choose_files)
        self.remove_button.clicked.connect(self._remove_selected)
        self.list.currentItemChanged.connect(self._current_changed)
        self.caption.textEdited.connect(self._caption_edited)
        self.load(record)

    # -- showing --------------------------------------------------------------------------------
    def load(self, record: MeetingRecord) -> None:
        self._loading = True
        try:
            self._fill(record.photos)
        finally:
            self._loading = False

    def _fill(self, photos) -> None:
        current = self.list.currentItem().data(Qt.UserRole) if self.list.currentItem() else None
        self.list.clear()
        for photo in photos:
            pixmap = QPixmap()
            try:
                pixmap.loadFromData(photo_thumb(self.session.db, photo.id))
            except SanhuiError:
                continue
            caption = self._captions.get(photo.id, photo.caption)
            item = QListWidgetItem(QIcon(pixmap), caption or self.tr("（无说明）"))
            item.setData(Qt.UserRole, photo.id)
            item.setData(Qt.UserRole + 1, caption)
            item.setToolTip(caption)
            self.list.addItem(item)
            if photo.id == current:
                self.list.setCurrentItem(item)
        if self.list.currentItem() is None and self.list.count():
            self.list.setCurrentRow(0)
        self.empty.setVisible(self.list.count() == 0)
        self._current_changed(self.list.currentItem())

    def _current_changed(self, item, _previous=None) -> None:
        loading, self._loading = self._loading, True
        self.caption.setText(item.data(Qt.UserRole + 1) if item else "")
        self.caption.setEnabled(item is not None)
        self.remove_button.setEnabled(item is not None and not self.locked)
        self._loading = loading

    def _caption_edited(self, text: str) -> None:
        item = self.list.currentItem()
        if item is None or self.locked:
            return
        self._captions[item.data(Qt.UserRole)] = text
        item.setData(Qt.UserRole + 1, text)
        item.setText(text or self.tr("（无说明）"))
        self._edited()

    # -- changing -------------------------------------------------------------------------------
    def _choose_files(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(self, self.tr("选择会议照片"), "", self.tr(IMAGE_FILTER))
        if paths:
            self.add_photos(paths)

    def add_photos(self, paths: Iterable[str | Path]) -> Changes:
        """Add photos from files; files that are not pictures are named in the red line."""
        errors, added = [], 0
        QApplication.setOverrideCursor(Qt.WaitCursor)
        try:
            for path in paths:
                try:
                    add_photo(self.session.db, self.meeting_id, path)
                    added += 1
                except SanhuiError as exc:
                    log.info("photo refused: %s (%s)", exc, exc.detail)
                    errors.append(str(exc))
        finally:
            QApplication.restoreOverrideCursor()
        show_error(self.error, "\n".join(errors))
        self.reload()
        changes = Changes(meetings=bool(added))
        self.written.emit(changes)
        return changes

    def _remove_selected(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        answer = QMessageBox.question(
            self, self.tr("删除照片"), self.tr("从这条会议记录中删除选中的照片吗？"),
            QMessageBox.Yes | QMessageBox.No, QMessageBox.No,
        )
        if answer == QMessageBox.Yes:
            self.remove_photo(item.data(Qt.UserRole))

    def remove_photo(self, photo_id: str) -> Changes:
        try:
            changes = remove_photo(self.session.db, photo_id)
        except SanhuiError as exc:
            show_error(self.error, str(exc))
            return Changes()
        self._captions.pop(photo_id, None)
        self.reload()
        self.written.emit(changes)
        return changes

    def reload(self) -> None:
        self._fill(list_photos(self.session.db, self.meeting_id))

    def save(self) -> Changes:
        """Save the captions typed since the last save."""
        changes = Changes()
        for photo_id, caption in list(self._captions.items()):
            try:
                changes |= set_photo_caption(self.session.db, photo_id, caption)
            except SanhuiError as exc:
                show_error(self.error, str(exc))
                continue
            del self._captions[photo_id]
        return changes

    def lockable(self):
        return [self.add_button, self.remove_button, self.caption]
