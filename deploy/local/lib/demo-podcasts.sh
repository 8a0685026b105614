#!/usr/bin/env bash
# The demo podcasts' audio: one short French MP3 per episode of the Ausha stand-in (deploy/wiremock/ausha), spoken
# with espeak-ng over a soft tone (FFmpeg), with ID3 tags, each exactly as long as the stand-in says. Made once into
# OUT_DIR (exclusives under OUT_DIR/exclusif, which NGINX serves only under a signed address); a later run with the
# same episode list does nothing. Also one square JPEG per show (OUT_DIR/images/<show slug>.jpg: its title on a
# colour of its own), the image the stand-in gives the show and its episodes; made when missing.
# Usage: demo-podcasts.sh OUT_DIR FONT_FILE (called by the launcher's make_demo_media, for `up` and the tests).
set -euo pipefail

out=${1:?usage: demo-podcasts.sh OUT_DIR FONT_FILE}
font=${2:?usage: demo-podcasts.sh OUT_DIR FONT_FILE}

# show slug (= the stand-in's) | background colour | title as drawn
shows=$(cat <<'LIST'
les-histoires-du-soir-de-pitchoun|0x1f2a5c|Les histoires du soir
les-ptits-curieux|0x0b6e4f|Les p'tits curieux
comptines-et-chansons-de-pitchoun|0x9c2a5b|Comptines et chansons
le-club-mypitchoun-plus|0x5b2a86|Le club MyPitchoun+
LIST
)
mkdir -p "$out/images"
while IFS='|' read -r slug colour title; do
    [[ -f $out/images/$slug.jpg ]] && continue
    text_file=$(mktemp)
    printf '%s' "$title" >"$text_file" # drawtext reads a file: no escaping of quotes or accents
    ffmpeg -hide_banner -loglevel error -nostdin -y -f lavfi -i "color=c=$colour:s=400x400" -frames:v 1 \
        -vf "drawbox=x=40:y=40:w=320:h=320:color=white@0.15:t=fill,drawtext=fontfile=$font:textfile=$text_file:fontsize=30:fontcolor=white:x=(w-text_w)/2:y=(h-text_h)/2,drawtext=fontfile=$font:text=Pitchoun:fontsize=22:fontcolor=white@0.8:x=(w-text_w)/2:y=300" \
        -q:v 4 "$out/images/$slug.jpg.tmp.jpg"
    mv "$out/images/$slug.jpg.tmp.jpg" "$out/images/$slug.jpg"
    rm -f "$text_file"
done <<<"$shows"

# file | folder ("" or exclusif) | seconds (= the stand-in's duration, rounded) | show | title | what is said
episodes=$(cat <<'LIST'
ep910001||48|Les histoires du soir de Pitchoun|Le petit nuage qui avait peur du noir|Il était une fois Nimbus, un petit nuage qui avait peur du noir. Un soir, les étoiles lui ont fait un clin d'oeil, et Nimbus a compris que la nuit était pleine d'amies.
ep910002||53|Les histoires du soir de Pitchoun|Le renard et la lune rousse|Ce soir, un renard curieux cherche la lune tombée dans l'étang. Il la trouve en reflet, toute ronde et toute rousse, et il s'endort à côté d'elle.
ep910003||46|Les histoires du soir de Pitchoun|La tortue qui voulait voler|Tiloune la tortue rêve de nuages. Ses amis les oiseaux la portent un instant dans le ciel, puis la reposent doucement dans l'herbe.
ep910004||55|Les histoires du soir de Pitchoun|Le secret du phare|Tout en haut du phare, une petite lumière veille sur les bateaux. Son secret ? Elle chante une berceuse aux vagues chaque nuit.
ep910005||50|Les histoires du soir de Pitchoun|Bonne nuit, petit ours|Petit ours ne veut pas dormir. Maman ourse lui raconte l'hiver, la neige et les rêves tout chauds. Bonne nuit, petit ours.
ep920001||42|Les p'tits curieux|Pourquoi le ciel est-il bleu ?|Pourquoi le ciel est-il bleu ? Parce que la lumière du soleil se disperse dans l'air, et que le bleu voyage partout autour de nous.
ep920002||44|Les p'tits curieux|Comment dorment les poissons ?|Les poissons dorment les yeux ouverts, car ils n'ont pas de paupières. Ils se reposent en flottant tout doucement.
ep920003||47|Les p'tits curieux|D'où vient la pluie ?|L'eau de la mer monte en vapeur, forme des nuages, et retombe en gouttes de pluie sur nos jardins.
ep920004|exclusif|49|Les p'tits curieux|Pourquoi les volcans se réveillent ?|Épisode réservé à MyPitchoun plus. Sous la terre, la roche fondue pousse, pousse, et un jour le volcan se réveille.
ep930001||39|Comptines et chansons de Pitchoun|Une souris verte et autres comptines|Une souris verte, qui courait dans l'herbe. Je l'attrape par la queue, je la montre à ces messieurs.
ep930002||40|Comptines et chansons de Pitchoun|Les chansons de l'automne|Les feuilles dansent, le vent chante, l'automne est arrivé. Chantons ensemble les chansons de l'automne.
ep940001|exclusif|48|Le club MyPitchoun+|Le dragon qui collectionnait les nuages|Le club MyPitchoun plus présente : le dragon qui collectionnait les nuages. Un jour, il pleut dans sa caverne !
ep940002|exclusif|51|Le club MyPitchoun+|La bibliothèque des rêves|Le club MyPitchoun plus présente : la bibliothèque des rêves. Chaque nuit, Lila emprunte un rêve à la lune.
LIST
)

stamp=$(printf '%s' "$episodes" | md5sum | cut -c1-32)
if [[ -f $out/.made && $(cat "$out/.made") == "$stamp" ]]; then
    exit 0
fi
mkdir -p "$out/exclusif"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

while IFS='|' read -r file folder seconds show title text; do
    target=$out/${folder:+$folder/}$file.mp3
    espeak-ng -v fr -s 150 -w "$work/speech.wav" "$title. $text"
    # The voice over a quiet 220 Hz tone with a slow tremolo; cut (or padded) to the announced length.
    ffmpeg -hide_banner -loglevel error -nostdin -y -i "$work/speech.wav" \
        -f lavfi -i "sine=frequency=220:sample_rate=44100:duration=$seconds" \
        -filter_complex "[0:a]aresample=44100,adelay=1500,apad[v];[1:a]volume=0.06,tremolo=f=0.3:d=0.5[t];[v][t]amix=inputs=2:duration=shortest:normalize=0" \
        -t "$seconds" -ac 1 -c:a libmp3lame -b:a 64k -id3v2_version 3 \
        -metadata title="$title" -metadata artist="Pitchoun Médias" -metadata album="$show" \
        -metadata genre=Podcast -metadata language=fre "$work/episode.mp3"
    mv "$work/episode.mp3" "$target"
done <<<"$episodes"
printf '%s\n' "$stamp" >"$out/.made"
echo "demo-podcasts: $(wc -l <<<"$episodes") épisodes dans $out"
