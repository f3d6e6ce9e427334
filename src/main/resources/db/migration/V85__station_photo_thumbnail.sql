-- A small JPEG of a station's photo for the couriers' nearby list (about 160 px wide, a few KB), made when the photo
-- is uploaded. Photos uploaded before have none; the list then loads the photo itself.
alter table station_photo add column thumb bytea;
